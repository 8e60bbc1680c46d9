query "transactions" verb=GET {
  api_group = "Frontend API v2"
  auth = "user"
  input {
  }
  stack {
    db.query "transaction" {
      where = $db.transaction.user_id == $auth.id
      sort = {closing_date: "desc"}
      return = {type: "list"}
    } as $transactions
  }
  response = $transactions
}
