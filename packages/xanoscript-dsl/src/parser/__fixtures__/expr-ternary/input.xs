function "Utils/Health Verdict" {
  input {
    int staging_backlog
    int sync_errors
  }
  stack {
    var $level {
      value = ($input.staging_backlog > 10000) ? "warning" : "healthy"
    }
    var $verdict {
      value = ($input.sync_errors > 0) ? "critical" : (($input.staging_backlog > 10000) ? "warning" : "healthy")
    }
    var $icon {
      value = ($verdict == "critical") ? ":rotating_light:" : ":warning:"
    }
    var $label {
      value = $input.sync_errors ? "errors" : "clean"
    }
  }
  response = {level: $level, verdict: $verdict, icon: $icon, label: $label}
}
