function "Utils/First Unprocessed Row" {
  input {
    json rows
  }
  stack {
    var $found {
      value = null
    }
    foreach ($input.rows) {
      each as $row {
        conditional {
          if ($row.is_processed) {
            continue
          }
        }
        var.update $found {
          value = $row
        }
        break
      }
    }
  }
  response = $found
}
