function "Workers/FUB - Mark Job Complete" {
  input {
    int job_id
  }
  stack {
    db.edit "fub_onboarding_jobs" {
      field_name = "id"
      field_value = $input.job_id
      data = {status: "Complete", finished: now}
    } as $job
  }
  response = $job
}
