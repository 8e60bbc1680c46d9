table "user" {
  schema {
    int id
    timestamp created_at?=now
    text? first_name?
    text? last_name?
    email email
    text? cell_phone?
    bool active?=true
    bool demo_account?=false
    timestamp? last_login?
    int? agent_id? {
      table = "agent"
    }
    int? team_id? {
      table = "team"
    }
  }
  index = [{type: "primary", field: [{name: "id"}]}]
}
