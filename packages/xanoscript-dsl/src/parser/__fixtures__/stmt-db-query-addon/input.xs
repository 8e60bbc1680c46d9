query "transactions/with-participants" verb=GET {
  api_group = "Frontend API v2"
  auth = "user"
  input {
  }
  stack {
    db.query "transaction" {
      where = $db.transaction.user_id == $auth.id
      addon = {
        participant_count: {name: "transaction_participant_count", input: {transaction_id: $output.id}}
      }
      return = {type: "list"}
    } as $transactions
  }
  response = $transactions
}
