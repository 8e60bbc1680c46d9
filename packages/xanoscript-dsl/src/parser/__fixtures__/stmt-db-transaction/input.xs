function "Workers/Transfer Agent Team" {
  input {
    int agent_id
    int new_team_id
  }
  stack {
    db.transaction {
      stack {
        db.edit "agent" {
          field_name = "id"
          field_value = $input.agent_id
          data = {team_id: $input.new_team_id}
        }
        db.query "team_members" {
          where = $db.team_members.agent_id == $input.agent_id
          return = {type: "single"}
        } as $membership
        db.patch "team_members" {
          field_name = "id"
          field_value = $membership.id
          data = {team_id: $input.new_team_id, is_leader: false}
        }
      }
    }
  }
  response = {agent_id: $input.agent_id, team_id: $input.new_team_id}
}
