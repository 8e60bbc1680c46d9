function "Tasks/FUB - Daily Update People" {
  description = "Updates the Follow Up Boss people of every user whose FUB onboarding is complete."
  input {
  }
  stack {
    db.query "fub_onboarding_jobs" {
      where = $db.fub_onboarding_jobs.status == "Complete"
      sort = {user_id: "asc"}
    } as $onboarded_jobs
    conditional {
      if (($onboarded_jobs|count) == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No FUB account has completed onboarding",
            step: "select_users"
          }
        }
      }
    }
    var $previous_user_id {
      value = 0
    }
    var $users {
      value = 0
    }
    var $people_fetched {
      value = 0
    }
    var $people_written {
      value = 0
    }
    var $failures {
      value = []
    }
    foreach ($onboarded_jobs) {
      each as $onboarded {
        conditional {
          if ($onboarded.user_id != $previous_user_id) {
            var.update $previous_user_id {
              value = $onboarded.user_id
            }
            var.update $users {
              value = $users + 1
            }
            try_catch {
              try {
                function.run "Workers/FUB - Get People" {
                  input = {user_id: $onboarded.user_id}
                } as $people_result
                conditional {
                  if (($people_result|get:"success":false) == true) {
                    var.update $people_fetched {
                      value = $people_fetched + ($people_result|get:"data":({})|get:"fetched":0)
                    }
                    var.update $people_written {
                      value = $people_written + ($people_result|get:"data":({})|get:"written":0)
                    }
                  }
                  else {
                    var.update $failures {
                      value = $failures|push:({user_id: $onboarded.user_id, error: $people_result|get:"error":({})})
                    }
                  }
                }
              }
              catch {
                var.update $failures {
                  value = $failures|push:({user_id: $onboarded.user_id, error: {message: $error|get:"message":"failed"}})
                }
              }
            }
          }
        }
      }
    }
    conditional {
      if (($failures|count) > 0) {
        return {
          value = {
            success: false,
            data: null,
            error: {
              message: "The FUB people update failed for some users",
              users: $users,
              failures: $failures
            },
            step: "update_people"
          }
        }
      }
    }
    conditional {
      if ($people_written == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No FUB people changed since the last sync",
            step: "update_people"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {users: $users, fetched: $people_fetched, written: $people_written},
    error: null,
    step: "complete"
  }
}
