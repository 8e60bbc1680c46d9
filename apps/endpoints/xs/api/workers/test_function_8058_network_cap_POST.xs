query "test-function-8058-network-cap" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/reZEN - Network Cap Data for one user and answers its result."
  input {
    int user_id {
      description = "The user to run the worker for"
    }
  }
  stack {
    function.run "Workers/reZEN - Network Cap Data" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
