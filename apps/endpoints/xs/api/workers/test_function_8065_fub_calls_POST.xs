query "test-function-8065-fub-calls" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/FUB - Get Calls for one user and answers its result."
  input {
    int user_id {
      description = "The user whose FUB calls are synced"
    }
  }
  stack {
    function.run "Workers/FUB - Get Calls" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
