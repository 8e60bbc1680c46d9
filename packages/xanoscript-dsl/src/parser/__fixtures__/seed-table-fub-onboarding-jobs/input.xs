table "fub_onboarding_jobs" {
  auth = false
  description = "One row per FUB onboarding run; the poller only picks up status New"
  tags = ["fub", "jobs"]
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
      values = ["New", "In Process", "Complete"]
    }
    timestamp? started?
    timestamp? finished?
    enum? people_status? {
      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]
    }
    enum? calls_status? {
      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]
    }
    enum? events_status? {
      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]
    }
    enum? appointments_status? {
      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]
    }
    text? error_message?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {
      type: "btree",
      field: [{name: "status", op: "asc"}, {name: "started", op: "asc"}]
    }
    {type: "btree", field: [{name: "user_id", op: "asc"}]}
  ]
}
