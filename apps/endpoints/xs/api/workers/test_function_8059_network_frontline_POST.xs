query "test-function-8059-network-frontline" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/reZEN - Network Frontline for one user and answers its result."
  input {
    int user_id {
      description = "The user to run the worker for"
    }
  }
  stack {
    function.run "Workers/reZEN - Network Frontline" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
