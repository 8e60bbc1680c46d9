query "test-function-8068-cap-data" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/reZEN - Onboarding Process Cap Data for one user and answers its result."
  input {
    int user_id {
      description = "The user to run the worker for"
    }
  }
  stack {
    function.run "Workers/reZEN - Onboarding Process Cap Data" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
