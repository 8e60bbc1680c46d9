function "Utils/Normalize Job Status" {
  input {
    text status
  }
  stack {
    var $raw {
      value = $input.status|trim|to_lower
    }
    conditional {
      if (($raw == "new") || ($raw == "pending")) {
        var $bucket {
          value = "pending"
        }
      }
      elseif (($raw == "in process") || ($raw == "in_progress") || ($raw == "started")) {
        var $bucket {
          value = "in_progress"
        }
      }
      elseif (($raw == "complete") || ($raw == "completed")) {
        var $bucket {
          value = "completed"
        }
      }
      else {
        var $bucket {
          value = "failed"
        }
      }
    }
  }
  response = $bucket
}
