function "Utils/Format Date" {
  input {
  }
  stack {
    var $label {
      value = now|format_date:"Y-m-d"
    }
  }
  response = $label
}
