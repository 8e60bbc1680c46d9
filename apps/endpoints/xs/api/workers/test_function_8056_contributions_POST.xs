query "test-function-8056-contributions" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/reZEN - Contributions for one user and answers its result."
  input {
    int user_id {
      description = "The user to run the worker for"
    }
  }
  stack {
    function.run "Workers/reZEN - Contributions" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
