function "Utils/Parens" {
  input {
    int a
    int b
  }
  stack {
    var $x {
      value = (($input.a))
    }
    var $y {
      value = ($input.a) + ($input.b)
    }
    var $z {
      value = (($input.a + $input.b)) * (2)
    }
    conditional {
      if ((($input.a > 0))) {
        var.update $x {
          value = ("positive")
        }
      }
    }
  }
  response = ($x)
}
