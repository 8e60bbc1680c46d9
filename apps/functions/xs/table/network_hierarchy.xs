table "network_hierarchy" {
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    text network_hierarchy_id_raw
    int? user_id? {
      table = "user"
    }
    text? ancestor_agent_id_raw?
    text? descendant_agent_id_raw?
    int? ancestor_agent_id? {
      table = "agent"
    }
    int? descendant_agent_id? {
      table = "agent"
    }
    int depth
    json? path_json?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "ancestor_agent_id"}, {name: "depth"}]}
    {type: "btree|unique", field: [{name: "network_hierarchy_id_raw"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
