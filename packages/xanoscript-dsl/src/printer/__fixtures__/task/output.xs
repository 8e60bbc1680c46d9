task "FUB - Poll Onboarding Jobs" {
  description = "Starts the FUB onboarding worker whenever New jobs are waiting."
  active = true
  tags = ["fub", "jobs"]
  stack {
    db.query "fub_onboarding_jobs" {
      where = $db.fub_onboarding_jobs.status == "New"
      return = {type: "count"}
    } as $waiting
    conditional {
      if ($waiting > 0) {
        function.run "Workers/FUB - Process Onboarding Jobs" {
          input = {limit: 25}
        } as $batch_result
      }
    }
  }
  schedule = [
    {starts_on: 2026-01-05 06:00:00+0000, freq: 300}
    {
      starts_on: 2026-01-05 00:00:00+0000,
      freq: 86400,
      ends_on: 2026-12-31 23:59:59+0000
    }
  ]
}
