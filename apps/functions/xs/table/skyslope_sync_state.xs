table "skyslope_sync_state" {
  schema {
    int id
    timestamp created_at?=now
    text entity_type
    timestamp? last_sync_at?
    text status
    text? error_message?
    int records_synced?=0
    int? user_id? {
      table = "user"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "user_id"}, {name: "entity_type"}]}
  ]
}
