function "Utils/Minus" {
  input {
    int n
  }
  stack {
    var $x {
      value = $input.n - 1
    }
    var $y {
      value = $x - 2
    }
  }
  response = $x - $y
}
