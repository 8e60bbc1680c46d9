table "equity_transactions" {
  description = "reZEN equity (stock purchases and awards) of each user, one row per reZEN equity transaction id."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int user_id {
      table = "user"
    }
    text equity_transaction_id_raw
    text? transaction_id_raw?
    text equity_type
    int shares?=0
    decimal? amount?
    text status
    date? issue_date?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "equity_transaction_id_raw"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
