table "user" {
  auth = true
  description = "People who sign in: agents, team leaders and staff."
  schema {
    int id
    timestamp created_at?=now
    text first_name filters=trim
    text last_name filters=trim
    email email filters=trim|lower {
      sensitive = true
    }
    text cell_phone?
    image? avatar?
    bool active?=true
    bool demo_account?=false
    timestamp? last_login?
    int? agent_id? {
      table = "agent"
    }
    int? team_id? {
      table = "team"
    }
    int? brokerage_id? {
      table = "brokerage"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "email"}]}
    {type: "btree", field: [{name: "agent_id"}]}
  ]
}
