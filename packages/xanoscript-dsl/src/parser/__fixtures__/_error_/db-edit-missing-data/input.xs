function "Utils/Edit" {
  input {
    int job_id
  }
  stack {
    db.edit "fub_onboarding_jobs" {
      field_name = "id"
      field_value = $input.job_id
    }
  }
  response = null
}
