query "test-function-7960-daily-update-people" verb=POST {
  api_group = "TASKS"
  description = "Runs Tasks/FUB - Daily Update People (every onboarded FUB user) and answers its result."
  input {
  }
  stack {
    function.run "Tasks/FUB - Daily Update People" as $task_result
  }
  response = $task_result
}
