function "Utils/Needs Recovery" {
  input {
    json job
  }
  stack {
    var $started {
      value = $input.job|get:"started":null
    }
    var $claimed {
      value = ($input.job|get:"status":"") == "In Process"
    }
    var $needs_recovery {
      value = $claimed && (!($started|is_null|not))
    }
    var $idle {
      value = !$claimed
    }
    var $neither {
      value = !($claimed || $needs_recovery)
    }
  }
  response = {needs_recovery: $needs_recovery, idle: $idle, neither: $neither}
}
