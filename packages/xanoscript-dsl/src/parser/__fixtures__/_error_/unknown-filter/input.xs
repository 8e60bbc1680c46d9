function "f" {
  input {
  }
  stack {
    var $x {
      value = $input.a|to_integer
    }
    var $y {
      value = $input.b|lower
    }
  }
  response = $x
}
