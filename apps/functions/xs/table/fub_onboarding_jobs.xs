table "fub_onboarding_jobs" {
  description = "Follow Up Boss onboarding jobs, one per user and FUB account."
  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }
    int? fub_account_id? {
      table = "fub_accounts"
    }
    enum status?="New" {
      values = ["New", "In Process", "Complete", "Error"]
    }
    timestamp? started?
    timestamp? finished?
    text? error_message?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "status"}, {name: "started"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
