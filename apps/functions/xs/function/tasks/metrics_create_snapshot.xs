function "Tasks/Metrics - Create Snapshot" {
  description = "Creates a metrics snapshot for every active user."
  input {
  }
  stack {
    db.query "user" {
      where = $db.user.active == true
    } as $active_users
    var $processed {
      value = 0
    }
    var $errors {
      value = []
    }
    foreach ($active_users) {
      each as $member {
        try_catch {
          try {
            function.run "Workers/Metrics - Create Snapshot" {
              input = {user_id: $member.id|to_text}
            } as $snapshot_result
            conditional {
              if ($snapshot_result|get:"success":false) {
                var.update $processed {
                  value = $processed + 1
                }
              }
              else {
                var.update $errors {
                  value = $errors|push:($snapshot_result|get:"error":"unknown error")
                }
              }
            }
          }
          catch {
            var.update $errors {
              value = $errors|push:($error|get:"message":"unknown error")
            }
          }
        }
      }
    }
  }
  response = {
    success: ($errors|count) == 0,
    data: {processed: $processed, failed: $errors|count, errors: $errors},
    error: null,
    step: "complete"
  }
}
