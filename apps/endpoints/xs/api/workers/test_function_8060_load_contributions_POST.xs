query "test-function-8060-load-contributions" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/reZEN - Onboarding Load Contributions for one user and answers its result."
  input {
    int user_id {
      description = "The user to run the worker for"
    }
  }
  stack {
    function.run "Workers/reZEN - Onboarding Load Contributions" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
