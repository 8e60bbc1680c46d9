function "Utils/Unquoted Tables" {
  input {
    int user_id
  }
  stack {
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $user
    db.query "fub_onboarding_jobs" {
      where = $db.fub_onboarding_jobs.user_id == $input.user_id
    } as $jobs
    db.add "metrics_snapshots" {
      data = {user_id: $input.user_id}
    }
  }
  response = $jobs
}
