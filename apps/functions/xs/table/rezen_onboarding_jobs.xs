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
    bool cap_data?=false
    bool equity_data?=false
    bool sponsor_tree?=false
    bool revshare_totals?=false
    bool pending_contributions?=false
    bool contributions?=false
    bool network_downline?=false
    bool stage_contributions?=false
    bool load_contributions?=false
    bool contributors?=false
    timestamp? finished?
    text? error_message?
    int failed_attempts?=0
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "status"}, {name: "started"}]}
  ]
}
