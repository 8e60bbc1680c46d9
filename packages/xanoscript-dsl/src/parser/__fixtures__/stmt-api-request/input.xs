function "Workers/reZEN - Fetch Transactions" {
  input {
    text agent_id_raw
    int page?=0
  }
  stack {
    api.request {
      url = "https://api.rezen.example.com/transactions/participant/" ~ $input.agent_id_raw
      method = "GET"
      params = {pageNumber: $input.page, pageSize: 100}
      headers = ["Accept: application/json", "X-API-KEY: " ~ $env.REZEN_API_KEY]
      timeout = 60
    } as $api_response
    var $status {
      value = $api_response.response.status
    }
    precondition ($status == 200) {
      error = "reZEN returned HTTP " ~ $status
    }
  }
  response = $api_response.response.result|get:"transactions":[]
}
