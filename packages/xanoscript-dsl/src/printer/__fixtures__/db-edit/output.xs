function "Workers/FUB - Claim Job" {
  input {
    int job_id
    int attempts
  }
  stack {
    db.edit "fub_onboarding_jobs" {
      field_name = "id"
      field_value = $input.job_id
      data = {status: "In Process", started: now, attempts: $input.attempts + 1}
    } as $claimed_job
    db.edit "fub_onboarding_jobs" {
      field_name = "id"
      field_value = $input.job_id
      data = {started: null}
    }
  }
  response = $claimed_job.status
}
