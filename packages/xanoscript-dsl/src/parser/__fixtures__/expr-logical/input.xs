function "Utils/Should Alert" {
  input {
    int backlog
    decimal failure_rate
    bool critical_only?=false
    bool muted?=false
  }
  stack {
    var $critical {
      value = ($input.backlog >= 5000) || ($input.failure_rate >= 0.3)
    }
    var $warning {
      value = ($input.backlog >= 1000) && ($input.backlog < 5000) && ($input.failure_rate < 0.3)
    }
    var $send {
      value = ($critical || $warning) && ($input.muted == false)
    }
    var $strict {
      value = $critical || ($warning && ($input.critical_only == false))
    }
  }
  response = {critical: $critical, warning: $warning, send: $send && $strict}
}
