function "Workers/Queries" {
  input {
    int user_id
  }
  stack {
    db.query "transaction" {
      return = {type: "list"}
      sort = {closing_date: "desc"}
      where = $db.transaction.user_id == $input.user_id
      description = "all transactions"
    } as $rows
    api.request {
      timeout = 30
      headers = ["Accept: application/json"]
      method = "GET"
      url = "https://api.rezen.example.com/ping"
    } as $ping
    precondition ($ping.response.status == 200) {
      error = "reZEN is down"
      error_type = "standard"
    }
  }
  response = $rows
}
