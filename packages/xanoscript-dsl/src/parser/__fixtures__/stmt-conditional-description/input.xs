function "Utils/Is Stale" {
  input {
    timestamp? last_sync_at?
  }
  stack {
    var $stale {
      value = false
    }
    conditional {
      description = "Older than 24 hours counts as stale"
      if ($input.last_sync_at == null) {
        var.update $stale {
          value = true
        }
      }
      elseif ($input.last_sync_at < (now|add_secs_to_timestamp:-86400)) {
        var.update $stale {
          value = true
        }
      }
    }
  }
  response = $stale
}
