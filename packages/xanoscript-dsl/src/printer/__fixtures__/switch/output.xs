function "Utils/SkySlope Stage To Lifecycle" {
  input {
    text stage
  }
  stack {
    var $lifecycle {
      value = "open"
    }
    switch ($input.stage|to_lower) {
      case ("pending") {
        var.update $lifecycle {
          value = "pending"
        }
      } break
      case ("closed") {
        var.update $lifecycle {
          value = "closed"
        }
        debug.log {
          value = "closed deal"
        }
      } break
      case ("cancelled") {
        var.update $lifecycle {
          value = "terminated"
        }
      } break
      default {
        var.update $lifecycle {
          value = "open"
        }
      }
    }
  }
  response = $lifecycle
}
