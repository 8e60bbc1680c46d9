function "Utils/Tally Statuses" {
  input {
    json jobs
  }
  stack {
    var $tally {
      value = {pending: 0, in_progress: 0, completed: 0, failed: 0}
    }
    foreach ($input.jobs) {
      each as $job {
        var $bucket {
          value = $job|get:"status":"pending"|to_lower
        }
        var.update $tally[$bucket] {
          value = ($tally|get:$bucket:0) + 1
        }
      }
    }
    var.update $tally.total {
      value = $input.jobs|count
    }
  }
  response = $tally
}
