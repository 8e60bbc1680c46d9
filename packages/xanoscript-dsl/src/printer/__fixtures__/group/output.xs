function "Workers/Metrics - Summaries" {
  input {
    int open_count
    int closed_count
  }
  stack {
    var $total {
      value = 0
    }
    group {
      description = "Totals"
      stack {
        var.update $total {
          value = $input.open_count + $input.closed_count
        }
        group {
          stack {
            debug.log {
              value = $total
            }
          }
        }
      }
    }
  }
  response = $total
}
