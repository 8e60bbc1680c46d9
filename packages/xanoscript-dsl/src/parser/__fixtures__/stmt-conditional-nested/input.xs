function "Tasks/reZEN - Pick Onboarding Step" {
  input {
    int job_id
  }
  stack {
    db.get "rezen_onboarding_jobs" {
      field_name = "id"
      field_value = $input.job_id
    } as $job
    var $step {
      value = "done"
    }
    conditional {
      if ($job.transaction_data_loaded == false) {
        var.update $step {
          value = "transactions"
        }
      }
      elseif ($job.listing_data == false) {
        conditional {
          if ($job.listing_data_started == null) {
            var.update $step {
              value = "listings"
            }
          }
          else {
            var.update $step {
              value = "wait"
            }
          }
        }
      }
    }
  }
  response = $step
}
