table "fub_people" {
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int fub_people_id
    text? first_name?
    text? last_name?
    json? emails?
    int? stage_id?
    text? stage_name?
    text? source?
    json? tags?
    int? assigned_to?
    int user_id {
      table = "user"
    }
    int? agent_id? {
      table = "agent"
    }
    int? fub_account_id?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "fub_people_id"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
