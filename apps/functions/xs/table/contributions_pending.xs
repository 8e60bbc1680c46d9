table "contributions_pending" {
  description = "reZEN revenue-share contributions still pending, one row per reZEN contribution id."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int user_id {
      table = "user"
    }
    text contribution_id_raw
    text? transaction_id_raw?
    text? contributing_agent_id_raw?
    text? receiving_agent_id_raw?
    decimal amount
    int? tier?
    text status
    text? contribution_type?
    date? contribution_date?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "contribution_id_raw"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
