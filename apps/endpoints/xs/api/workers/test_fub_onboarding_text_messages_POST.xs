query "test-fub-onboarding-text-messages" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/FUB - Onboarding Text Messages Worker for one user and answers its result."
  input {
    int user_id {
      description = "The user to run the worker for"
    }
  }
  stack {
    function.run "Workers/FUB - Onboarding Text Messages Worker" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
