function "f" {
  input {
  }
  stack {
    # not a comment
    var $x {
      value = (1 + 2
    }
  }
  response = $x
}
