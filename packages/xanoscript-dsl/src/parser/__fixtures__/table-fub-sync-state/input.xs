table "fub_sync_state" {
  auth = false
  schema {
    int id
    text entity_type
    timestamp? last_sync_at?
    text? cursor?
    enum status?="ready" {
      values = ["ready", "syncing", "error"]
    }
    text? error_message?
    int records_synced?=0
    int user_id {
      table = "user"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {
      type: "btree|unique",
      field: [{name: "user_id", op: "asc"}, {name: "entity_type", op: "asc"}]
    }
  ]
}
