query "test-skyslope-listings-sync" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/SkySlope - Listings Sync for one user and answers its result."
  input {
    int user_id {
      description = "The user to run the worker for"
    }
  }
  stack {
    function.run "Workers/SkySlope - Listings Sync" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
