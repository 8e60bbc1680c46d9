table "team" {
  schema {
    int id
    timestamp created_at?=now
    text team_name
    text team_id_raw
    text? status?
    int? team_owner_agent_id? {
      table = "agent"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "team_id_raw"}]}
  ]
}
