function "Workers/Team Roster" {
  input {
    int team_id
  }
  stack {
    db.query "team_members" {
      join = {
        agent: {
          table: "agent",
          type: "inner",
          where: $db.team_members.agent_id == $db.agent.id
        },
        user: {table: "user", type: "left", where: $db.agent.user_id == $db.user.id}
      }
      where = $db.team_members.team_id == $input.team_id
      sort = {is_leader: "desc"}
      output = ["agent_id", "is_leader", "is_director", "seat"]
      return = {type: "list"}
    } as $roster
  }
  response = $roster
}
