table "lambda_job_status" {
  description = "Lambda coordinator runs, keyed by a UUID"
  schema {
    uuid id
    timestamp created_at?=now
    text endpoint_type
    int ad_user_id
    enum process_status?="pending" {
      values = ["pending", "in_progress", "completed", "failed"]
    }
    int? pages_done?=0
    timestamp? finished_at?
  }
  index = [{type: "primary", field: [{name: "id"}]}]
}
