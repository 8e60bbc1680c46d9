table "network_hierarchy" {
  schema {
    int id
    timestamp created_at?=now
    int ancestor_agent_id {
      table = "agent"
    }
    int descendant_agent_id {
      table = "agent"
    }
    int depth
    json? path_json?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "ancestor_agent_id"}, {name: "depth"}]}
  ]
}
