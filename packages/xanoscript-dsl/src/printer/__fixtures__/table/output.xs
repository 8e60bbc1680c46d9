table "fub_onboarding_jobs" {
  auth = false
  description = "Follow Up Boss onboarding jobs, one per user and FUB account."
  tags = ["fub", "jobs"]
  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
      description = "Owner of the FUB account"
    }
    int? fub_account_id? {
      table = "fub_accounts"
    }
    enum status?="New" {
      values = ["New", "In Process", "Complete", "Failed"]
    }
    int attempts?=0
    bool priority?=false
    decimal? progress?
    text fub_api_key {
      sensitive = true
    }
    text source?="fub"
    timestamp? started?
    text? error_message?
    json last_response?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "status"}, {name: "started"}]}
    {
      type: "btree|unique",
      field: [{name: "user_id"}, {name: "fub_account_id"}],
      name: "one_job_per_account"
    }
    {type: "btree", field: [{name: "created_at", op: "desc"}]}
    {type: "gin", field: [{name: "last_response", op: "jsonb_path_op"}]}
  ]
}
