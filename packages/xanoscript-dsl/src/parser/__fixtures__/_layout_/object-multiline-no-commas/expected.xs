function "Utils/Sync Step" {
  input {
  }
  stack {
    var $step {
      value = {
        step: 4,
        name: "FUB - Lambda Coordinator",
        group: "WORKERS",
        path: "/test-function-8118-lambda-coordinator",
        body: {endpoint_type: "people", ad_user_id: 60}
      }
    }
  }
  response = $step
}
