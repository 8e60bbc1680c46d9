function "Utils/Count Open Transactions" {
  input {
    int user_id
  }
  stack {
    db.query "transaction" {
      where = ($db.transaction.user_id == $input.user_id) && ($db.transaction.closed == false) && ($db.transaction.terminated == false)
      return = {type: "count"}
    } as $open_count
  }
  response = $open_count
}
