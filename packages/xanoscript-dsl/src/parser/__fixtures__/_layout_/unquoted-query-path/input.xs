query fub/jobs/{job_id} verb=GET {
  api_group = "Migration: V1 to V2"
  input {
    int job_id
  }
  stack {
    db.get fub_onboarding_jobs {
      field_name = "id"
      field_value = $input.job_id
    } as $job
  }
  response = $job
}
