table "network_member" {
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    text network_member_id_raw
    text? downline_agent_id_raw?
    text? sponsoring_agent_id_raw?
    int user_id {
      table = "user"
    }
    int? agent_id? {
      table = "agent"
    }
    int? downline_agent_id? {
      table = "agent"
    }
    int? sponsoring_agent_id? {
      table = "agent"
    }
    int? tier?
    decimal? sponsor_split?
    bool capped?=false
    decimal? cap_amount?
    decimal? total_contribution?
    int? contribution_count?
    decimal? contributed_amount?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "user_id"}]}
    {type: "btree|unique", field: [{name: "network_member_id_raw"}]}
  ]
}
