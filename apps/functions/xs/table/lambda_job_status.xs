table "lambda_job_status" {
  description = "Lambda coordinator jobs: one row per run, queued by its endpoint and advanced by the background batch."
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
    enum status?="pending" {
      values = ["pending", "running", "completed", "error"]
    }
    timestamp? started_at?
    timestamp? finished_at?
    int pages?=0
    int records_fetched?=0
    int records_synced?=0
    int records_added?=0
    text? error_message?
    text? background_job_id?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "status"}, {name: "started_at"}]}
    {type: "btree", field: [{name: "ad_user_id"}]}
  ]
}
