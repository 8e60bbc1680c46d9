function "Utils/Length Filter" {
  input {
    json rows
  }
  stack {
    var $n {
      value = $input.rows|length
    }
  }
  response = $n
}
