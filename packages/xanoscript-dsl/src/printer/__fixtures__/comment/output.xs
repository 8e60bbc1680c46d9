function "Workers/FUB - Reset Counters" {
  input {
    int user_id
  }
  stack {
    // Counters are rebuilt from scratch on every run.
    var $count {
      value = 0
    }
    conditional {
      if ($input.user_id > 0) {
        // TODO: read the last count from metrics_snapshots
        var.update $count {
          value = 1
        }
      }
    }
  }
  response = $count
}
