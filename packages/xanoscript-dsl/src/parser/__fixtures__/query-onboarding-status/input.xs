query "onboarding-status" verb=GET {
  api_group = "MCP: System"
  input {
    int user_id
  }
  stack {
    db.query "fub_onboarding_jobs" {
      where = $db.fub_onboarding_jobs.user_id == $input.user_id
      output = ["id", "status", "started", "finished"]
      return = {type: "list"}
    } as $jobs
    var $summary {
      value = {
        pending: $jobs|filter:($$.status == "New")|count,
        in_progress: $jobs|filter:($$.status == "In Process")|count,
        completed: $jobs|filter:($$.status == "Complete")|count
      }
    }
  }
  response = {jobs: $jobs, summary: $summary}
}
