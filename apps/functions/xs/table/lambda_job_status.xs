table "lambda_job_status" {
  description = "Lambda coordinator jobs: one row per run, queued by its endpoint and advanced by the background job."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    enum endpoint_type {
      values = ["people", "events", "calls", "appointments", "deals", "textMessages"]
    }
    int ad_user_id {
      table = "user"
    }
    enum status?="New" {
      values = ["New", "In Process", "Complete", "Error"]
    }
    timestamp? started?
    timestamp? finished?
    int records_synced?=0
    text? error_message?
    text? background_job_id?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "status"}, {name: "started"}]}
  ]
}
