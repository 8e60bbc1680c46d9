// A cleanup step whose failure must not stop the sync: no catch, the error is swallowed.
function "Utils/Release Sync Lock" {
  input {
    int job_id
  }
  stack {
    try_catch {
      try {
        db.edit "fub_onboarding_jobs" {
          field_name = "id"
          field_value = $input.job_id
          data = {locked: false}
        } as $job
      }
      finally {
        debug.log {
          value = "lock released"
        }
      }
    }
  }
  response = null
}
