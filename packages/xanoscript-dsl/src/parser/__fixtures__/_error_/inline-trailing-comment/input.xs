function "Utils/Trailing Comment" {
  input {
  }
  stack {
    var $x {
      value = 1 // one
    }
  }
  response = $x
}
