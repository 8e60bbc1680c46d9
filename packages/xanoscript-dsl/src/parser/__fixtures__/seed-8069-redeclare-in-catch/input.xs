function "Workers/reZEN - Onboarding Process Equity" {
  description = "Loads equity rows for an onboarding job; the catch block re-declares $status instead of updating it"
  tags = ["rezen", "workers", "onboarding"]
  input {
    int user_id
    int onboarding_job_id
  }
  stack {
    var $status {
      value = "Started"
    }
    var $errors {
      value = []
    }
    try_catch {
      try {
        function.run "Workers/reZEN - Equity" {
          input = {user_id: $input.user_id}
        } as $equity_result
        var.update $status {
          value = "Complete"
        }
      }
      catch {
        var $status {
          value = "Error"
        }
        array.push $errors {
          value = $error|get:"message":"unknown error"
        }
      }
    }
    db.edit "rezen_onboarding_jobs" {
      field_name = "id"
      field_value = $input.onboarding_job_id
      data = {equity_status: $status}
    }
  }
  response = {
    success: $status == "Complete",
    data: $equity_result,
    error: $errors,
    step: "equity"
  }
}
