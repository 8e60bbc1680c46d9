table "fub_events" {
  description = "Follow Up Boss events, one row per FUB event id (written by the Lambda coordinator)."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int fub_event_id
    int user_id {
      table = "user"
    }
    text? type?
    int? person_id?
    text? source?
    timestamp? occurred_at?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "fub_event_id"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
