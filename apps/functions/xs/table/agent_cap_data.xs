table "agent_cap_data" {
  description = "reZEN cap status of each agent in a user's network, one row per reZEN agent (yenta) id."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int user_id {
      table = "user"
    }
    text agent_id_raw
    bool capped?=false
    decimal? cap_amount?
    decimal? total_contribution?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "agent_id_raw"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
