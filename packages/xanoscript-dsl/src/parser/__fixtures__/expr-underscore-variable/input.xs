function "Utils/Touch Job" {
  input {
    int job_id
  }
  stack {
    db.edit "fub_onboarding_jobs" {
      field_name = "id"
      field_value = $input.job_id
      data = {updated_at: now}
    } as $_
    var $_count {
      value = 1
    }
  }
  response = $_count
}
