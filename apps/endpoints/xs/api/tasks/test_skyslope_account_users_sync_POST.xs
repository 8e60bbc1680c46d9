query "test-skyslope-account-users-sync" verb=POST {
  api_group = "TASKS"
  description = "Runs Tasks/SkySlope - Account Users Sync and answers its result."
  input {
  }
  stack {
    function.run "Tasks/SkySlope - Account Users Sync" as $task_result
  }
  response = $task_result
}
