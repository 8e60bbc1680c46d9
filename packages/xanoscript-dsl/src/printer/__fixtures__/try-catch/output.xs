function "Workers/FUB - Run Onboarding Job" {
  input {
    int job_id
  }
  stack {
    var $ok {
      value = false
    }
    try_catch {
      try {
        function.run "Workers/FUB - Import Account" {
          input = {job_id: $input.job_id}
        } as $import_result
        var.update $ok {
          value = true
        }
      }
      catch {
        db.edit "fub_onboarding_jobs" {
          field_name = "id"
          field_value = $input.job_id
          data = {status: "Failed", error_message: $error|get:"message":"unknown error"}
        }
        debug.log {
          value = $error
        }
      }
      finally {
        db.patch "fub_onboarding_jobs" {
          field_name = "id"
          field_value = $input.job_id
          data = {finished: now}
        }
      }
    }
    try_catch {
      try {
        util.sleep {
          value = 1
        }
      }
      catch {
        // best effort
      }
    }
  }
  response = $ok
}
