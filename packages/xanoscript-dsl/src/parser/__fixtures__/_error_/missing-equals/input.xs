function "Utils/Missing Equals" {
  input {
  }
  stack {
    var $x {
      value 1
    }
  }
  response = $x
}
