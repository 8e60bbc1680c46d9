function "Workers/FUB - Create Person" {
  input {
    text first_name
    email email
    text fub_api_key
  }
  stack {
    api.request {
      url = $env.FUB_API_BASE ~ "/v1/people"
      method = "POST"
      params = {
        firstName: $input.first_name,
        emails: [{value: $input.email}],
        source: "reZEN sync"
      }
      headers = ["Content-Type: application/json", "Authorization: Basic " ~ $input.fub_api_key]
      timeout = 30
    } as $fub_response
    api.request {
      url = "https://api.followupboss.com/v1/me"
      method = "GET"
    } as $fub_me
    var $status {
      value = $fub_response|get:"response":({})|get:"status":0
    }
    precondition ($status < 300) {
      error = "FUB rejected the person"
    }
  }
  response = {
    person_id: $fub_response|get:"response":({})|get:"result":({})|get:"id":0,
    account: $fub_me|get:"response":({})|get:"result":({})|get:"account":null
  }
}
