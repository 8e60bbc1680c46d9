function "Workers/FUB - Remove Job" {
  input {
    int job_id
    text external_ref?
  }
  stack {
    db.del "fub_onboarding_jobs" {
      field_name = "id"
      field_value = $input.job_id
    }
    conditional {
      if ($input.external_ref != null) {
        db.del "fub_onboarding_jobs" {
          field_name = "external_ref"
          field_value = $input.external_ref|first_notempty:""
        }
      }
    }
  }
  response = true
}
