query "backfill-agent-team-id-v2" verb=POST {
  api_group = "Frontend API v2"
  description = "Copies team_id from team_members onto agent rows missing it"
  input {
    int batch_size?=100 filters=min:1|max:1000
  }
  stack {
    db.query "agent" {
      where = $db.agent.team_id == null
      return = {type: "list", paging: {page: 1, per_page: $input.batch_size}}
    } as $agents
    var $updated {
      value = 0
    }
    foreach ($agents.items) {
      each as $agent {
        db.query "team_members" {
          where = $db.team_members.agent_id == $agent.id
          return = {type: "single"}
        } as $member
        conditional {
          if ($member != null) {
            db.patch "agent" {
              field_name = "id"
              field_value = $agent.id
              data = {team_id: $member.team_id}
            }
            math.add $updated {
              value = 1
            }
          }
        }
      }
    }
  }
  response = {success: true, updated: $updated, remaining: $agents.itemsTotal - $updated}
}
