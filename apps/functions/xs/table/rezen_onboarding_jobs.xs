table "rezen_onboarding_jobs" {
  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }
    enum status?="New" {
      values = ["New", "Started", "Complete", "Partial", "Error"]
    }
    timestamp? started?
    bool transaction_data_loaded?=false
    bool listing_data_started?=false
    bool listing_data?=false
    text? transaction_worker_id?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "status"}, {name: "started"}]}
  ]
}
