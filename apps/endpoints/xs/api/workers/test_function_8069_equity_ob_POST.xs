query "test-function-8069-equity-ob" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/reZEN - Onboarding Process Equity for one user and answers its result."
  input {
    int user_id {
      description = "The user to run the worker for"
    }
  }
  stack {
    function.run "Workers/reZEN - Onboarding Process Equity" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
