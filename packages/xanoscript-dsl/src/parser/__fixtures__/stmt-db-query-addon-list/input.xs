query "transactions/with-participant-count" verb=GET {
  api_group = "Frontend API v2"
  auth = "user"
  input {
  }
  stack {
    db.query "transaction" {
      where = $db.transaction.user_id == $auth.id
      addon = [
        {
          name: "transaction_participant_count",
          input: {transaction_id: $output.id},
          as: "items.participant_count"
        }
      ]
      return = {type: "list"}
    } as $transactions
  }
  response = $transactions
}
