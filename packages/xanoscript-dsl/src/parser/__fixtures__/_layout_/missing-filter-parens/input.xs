function "Utils/Counts" {
  input {
    json rows
  }
  stack {
    conditional {
      if ($input.rows|count > 0) {
        var $n {
          value = $input.rows|count
        }
      }
    }
  }
  response = $input.rows|count
}
