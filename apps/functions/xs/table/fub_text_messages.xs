table "fub_text_messages" {
  description = "Follow Up Boss text messages, one row per FUB text message id (from the onboarding staging table)."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int fub_text_message_id
    int user_id {
      table = "user"
    }
    int? person_id?
    int? fub_user_id?
    bool? is_incoming?
    text? status?
    text? message?
    text? from_number?
    text? to_number?
    timestamp? sent_at?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "fub_text_message_id"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
