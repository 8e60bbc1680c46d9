table "rezen_onboarding_jobs" {
  auth = false
  description = "reZEN onboarding runs"
  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }
    enum status?="New" {
      values = ["New", "Started", "Complete", "Partial", "Error"]
    }
    bool transaction_data_loaded?=false
    timestamp? listing_data_started?
    bool listing_data?=false
    int? transaction_worker_id?
  }
  index = [{type: "primary", field: [{name: "id"}]}]
  view = {
    "Needs attention": {
      search: $db.rezen_onboarding_jobs.status in ["Partial", "Error"],
      sort: {created_at: "desc"},
      id: "needs-attention"
    }
  }
}
