query "test-function-10022-get-deals" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/FUB - Get Deals for one user and answers its result."
  input {
    int user_id {
      description = "The user whose FUB deals are synced"
    }
  }
  stack {
    function.run "Workers/FUB - Get Deals" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
