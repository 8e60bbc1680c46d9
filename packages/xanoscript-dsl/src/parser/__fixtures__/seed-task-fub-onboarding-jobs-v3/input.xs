task "FUB - Onboarding Jobs V3" {
  description = "Every 180 s: claims New fub_onboarding_jobs and runs the onboarding orchestrator"
  active = true
  tags = ["fub", "onboarding"]
  stack {
    db.query "fub_onboarding_jobs" {
      where = $db.fub_onboarding_jobs.status == "New"
      sort = {created_at: "asc"}
      return = {type: "single"}
    } as $job
    conditional {
      if ($job == null) {
        return {
          value = {success: false, skipped: true, message: "No pending onboarding jobs found"}
        }
      }
    }
    db.edit "fub_onboarding_jobs" {
      field_name = "id"
      field_value = $job.id
      data = {status: "In Process", started: now}
    }
    function.run "Workers/FUB - Onboarding Orchestrator" {
      input = {job_id: $job.id, user_id: $job.user_id}
    } as $result
    db.edit "fub_onboarding_jobs" {
      field_name = "id"
      field_value = $job.id
      data = {status: "Complete", finished: now}
    }
  }
  schedule = [{starts_on: 2025-12-01 00:00:00+0000, freq: 180}]
}
