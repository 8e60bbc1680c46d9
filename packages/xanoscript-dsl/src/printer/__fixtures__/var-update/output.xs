function "Workers/FUB - Tally Sync Results" {
  input {
    json results
  }
  stack {
    var $created {
      value = 0
    }
    var $failed_ids {
      value = []
    }
    var $summary {
      value = {created: 0, skipped: 0}
    }
    var $log {
      value = "FUB sync:"
    }
    var.update $created {
      value = $created + 1
    }
    var.update $failed_ids {
      value = $failed_ids|push:($input.results|get:"failed_id":0)
    }
    var.update $summary {
      value = $summary|set:"created":$created|set:"skipped":($input.results|get:"skipped":0)
    }
    var.update $log {
      value = $log ~ " created " ~ $created
    }
  }
  response = $summary
}
