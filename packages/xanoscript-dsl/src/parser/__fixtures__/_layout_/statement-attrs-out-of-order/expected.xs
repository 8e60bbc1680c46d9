function "Workers/Queries" {
  input {
    int user_id
  }
  stack {
    db.query "transaction" {
      description = "all transactions"
      where = $db.transaction.user_id == $input.user_id
      sort = {closing_date: "desc"}
      return = {type: "list"}
    } as $rows
    api.request {
      url = "https://api.rezen.example.com/ping"
      method = "GET"
      headers = ["Accept: application/json"]
      timeout = 30
    } as $ping
    precondition ($ping.response.status == 200) {
      error_type = "standard"
      error = "reZEN is down"
    }
  }
  response = $rows
}
