table "contribution" {
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    decimal amount
    text contribution_type
    text status
    date? contribution_date?
    text contribution_id_raw
    int? tier?
    int user_id {
      table = "user"
    }
    int? agent_id? {
      table = "agent"
    }
    int? transaction_id? {
      table = "transaction"
    }
    int? contributing_agent_id? {
      table = "agent"
    }
    int? receiving_agent_id? {
      table = "agent"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "contribution_id_raw"}]}
    {type: "btree", field: [{name: "user_id"}, {name: "tier"}]}
  ]
}
