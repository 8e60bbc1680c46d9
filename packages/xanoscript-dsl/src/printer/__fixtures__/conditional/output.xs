function "Utils/Lifecycle Group From reZEN Status" {
  input {
    text status
    bool terminated?=false
  }
  stack {
    var $group {
      value = "unknown"
    }
    conditional {
      if ($input.terminated) {
        var.update $group {
          value = "terminated"
        }
      }
      elseif (($input.status == "CLOSED") || ($input.status == "SETTLED")) {
        var.update $group {
          value = "closed"
        }
      }
      elseif ($input.status|starts_with:"PENDING") {
        var.update $group {
          value = "pending"
        }
        conditional {
          if ($input.status|contains:"CONTINGENT") {
            var.update $group {
              value = "pending_contingent"
            }
          }
        }
      }
      else {
        var.update $group {
          value = "open"
        }
      }
    }
    conditional {
      if ($group == "unknown") {
        debug.log {
          value = $input.status
        }
      }
    }
  }
  response = $group
}
