table "fub_sync_jobs" {
  description = "Follow Up Boss sync jobs (one per user and type, updated by each run), with a status and the last start/finish per entity."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    text type
    int user_id {
      table = "user"
    }
    enum? people_status? {
      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]
    }
    timestamp? people_last_started_at?
    timestamp? people_last_finished_at?
    enum? calls_status? {
      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]
    }
    timestamp? calls_last_started_at?
    timestamp? calls_last_finished_at?
    enum? events_status? {
      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]
    }
    timestamp? events_last_started_at?
    timestamp? events_last_finished_at?
    enum? deals_status? {
      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]
    }
    timestamp? deals_last_started_at?
    timestamp? deals_last_finished_at?
    enum? appointments_status? {
      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]
    }
    timestamp? appointments_last_started_at?
    timestamp? appointments_last_finished_at?
    enum? text_messages_status? {
      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]
    }
    timestamp? text_messages_last_started_at?
    timestamp? text_messages_last_finished_at?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "user_id"}, {name: "type"}]}
  ]
}
