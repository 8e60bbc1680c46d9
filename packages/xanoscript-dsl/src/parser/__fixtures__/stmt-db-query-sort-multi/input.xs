function "Workers/Leaderboard - Top Agents" {
  input {
    int team_id
  }
  stack {
    db.query "agent_performance" {
      where = $db.agent_performance.team_id == $input.team_id
      sort = {closed_volume: "desc", closed_units: "desc", agent_id: "asc"}
      return = {type: "list", paging: {page: 1, per_page: 10}}
    } as $top
  }
  response = $top.items
}
