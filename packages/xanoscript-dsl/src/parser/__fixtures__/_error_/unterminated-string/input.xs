function "Utils/Unterminated" {
  input {
  }
  stack {
    var $x {
      value = "never closed
    }
  }
  response = $x
}
