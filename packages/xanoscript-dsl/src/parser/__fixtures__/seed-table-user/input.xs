table "user" {
  auth = true
  description = "Platform users; one per agent"
  schema {
    int id
    timestamp created_at?=now
    text first_name filters=trim
    text last_name filters=trim
    email email filters=trim|lower {
      sensitive = true
    }
    password password {
      sensitive = true
    }
    text cell_phone?
    image? avatar?
    bool active?=true
    bool demo_account?=false
    timestamp? last_login?
    int agent_id? {
      table = "agent"
    }
    int team_id? {
      table = "team"
    }
    int brokerage_id? {
      table = "brokerage"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "email", op: "asc"}]}
    {type: "btree", field: [{name: "agent_id", op: "asc"}]}
    {type: "btree", field: [{name: "team_id", op: "asc"}]}
  ]
}
