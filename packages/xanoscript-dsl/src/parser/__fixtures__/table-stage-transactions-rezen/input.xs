table "stage_transactions_rezen_onboarding" {
  description = "Raw reZEN transactions waiting for Tasks/ processing; rows are kept after processing"
  tags = ["staging", "rezen"]
  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }
    int? onboarding_job_id? {
      table = "rezen_onboarding_jobs"
    }
    text transaction_id_raw
    json payload
    bool is_processed?=false
    timestamp? processed_at?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "is_processed", op: "asc"}]}
    {type: "gin", field: [{name: "payload", op: "jsonb_path_op"}]}
  ]
}
