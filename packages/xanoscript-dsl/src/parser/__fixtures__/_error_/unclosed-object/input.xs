function "Utils/Unclosed Object" {
  input {
  }
  stack {
    var $x {
      value = {a: 1, b: 2
    }
  }
  response = $x
}
