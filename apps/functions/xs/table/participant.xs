table "participant" {
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    text participant_id_raw
    text? agent_id_raw?
    text role
    decimal? commission_split?
    bool paid?=false
    bool is_real_agent?=true
    int transaction_id {
      table = "transaction"
    }
    int? agent_id? {
      table = "agent"
    }
    int? user_id? {
      table = "user"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "transaction_id"}]}
    {type: "btree|unique", field: [{name: "participant_id_raw"}]}
  ]
}
