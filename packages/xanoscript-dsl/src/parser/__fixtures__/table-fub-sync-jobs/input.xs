table "fub_sync_jobs" {
  description = "FUB delta sync jobs with a status and timestamps per entity"
  tags = ["fub", "jobs"]
  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }
    text type
    text? people_status?
    timestamp? people_last_started_at?
    timestamp? people_last_finished_at?
    text? calls_status?
    timestamp? calls_last_started_at?
    timestamp? calls_last_finished_at?
    text? events_status?
    timestamp? events_last_started_at?
    timestamp? events_last_finished_at?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "user_id", op: "asc"}]}
  ]
}
