table "agent" {
  auth = false
  description = "reZEN agents; one per user"
  tags = ["core"]
  schema {
    int id
    timestamp created_at?=now
    text agent_id_raw {
      description = "reZEN agent UUID"
    }
    text first_name
    text last_name
    email? email?
    text? phone?
    enum agent_status?="ACTIVE" {
      values = ["ACTIVE", "INACTIVE", "CANDIDATE"]
    }
    date? join_date?
    text? api_key? {
      sensitive = true
    }
    int user_id {
      table = "user"
    }
    int? team_id? {
      table = "team"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "agent_id_raw", op: "asc"}]}
    {type: "btree|unique", field: [{name: "user_id", op: "asc"}]}
  ]
}
