query "test-function-8053-listings-sync" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/reZEN - Listings Sync for one user and answers its result."
  input {
    int user_id {
      description = "The user to run the worker for"
    }
  }
  stack {
    function.run "Workers/reZEN - Listings Sync" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
