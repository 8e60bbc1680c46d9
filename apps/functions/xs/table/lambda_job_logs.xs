table "lambda_job_logs" {
  description = "Lambda coordinator log lines: one per page fetched, and one per failure."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int lambda_job_status_id {
      table = "lambda_job_status"
    }
    enum level?="info" {
      values = ["info", "error"]
    }
    text message
    int? offset?
    int records?=0
    int? status?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "lambda_job_status_id"}]}
  ]
}
