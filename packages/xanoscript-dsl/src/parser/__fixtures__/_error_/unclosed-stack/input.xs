function "f" {
  input {
  }
  stack {
    var $x {
      value = 1
    }
  response = $x
}
