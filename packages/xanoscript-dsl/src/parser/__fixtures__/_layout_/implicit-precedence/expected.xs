function "Utils/Implicit Precedence" {
  input {
    int a
    int b
    int c
  }
  stack {
    var $sum {
      value = $input.a + ($input.b * $input.c)
    }
    var $logic {
      value = (($input.a > 0) && ($input.b > 0)) || ($input.c > 0)
    }
    var $cmp {
      value = ($input.a + 1) == $input.b
    }
    var $chain {
      value = ($input.a - $input.b) - $input.c
    }
  }
  response = {sum: $sum, logic: $logic, cmp: $cmp, chain: $chain}
}
