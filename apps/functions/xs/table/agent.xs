table "agent" {
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    text agent_id_raw
    text? first_name?
    text? last_name?
    email? email?
    text? phone?
    text? agent_status?
    text? type?
    date? join_date?
    int user_id {
      table = "user"
    }
    int? team_id? {
      table = "team"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "agent_id_raw"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
