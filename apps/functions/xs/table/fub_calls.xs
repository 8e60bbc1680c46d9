table "fub_calls" {
  description = "Follow Up Boss calls, one row per FUB call id (upserted by Workers/FUB - Get Calls)."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int fub_call_id
    int user_id {
      table = "user"
    }
    int? person_id?
    text? phone?
    bool? is_incoming?
    int? duration?
    text? outcome?
    text? note?
    int? fub_user_id?
    timestamp? called_at?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "fub_call_id"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
