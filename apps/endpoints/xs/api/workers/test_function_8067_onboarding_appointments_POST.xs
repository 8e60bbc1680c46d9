query "test-function-8067-onboarding-appointments" verb=POST {
  api_group = "WORKERS"
  description = "Runs Workers/FUB - Onboarding Appointments Worker for one user and answers its result."
  input {
    int user_id {
      description = "The user whose FUB appointments are synced"
    }
  }
  stack {
    function.run "Workers/FUB - Onboarding Appointments Worker" {
      input = {user_id: $input.user_id}
    } as $worker_result
  }
  response = $worker_result
}
