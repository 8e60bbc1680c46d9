table "fub_onboarding_jobs" {
  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
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
  ]
}
