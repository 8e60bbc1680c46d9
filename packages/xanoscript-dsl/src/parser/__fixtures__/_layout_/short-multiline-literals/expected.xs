function "Utils/Short Literals" {
  input {
  }
  stack {
    var $o {
      value = {a: 1, b: 2}
    }
    var $a {
      value = ["people", "calls"]
    }
    var $empty {
      value = {}
    }
  }
  response = {o: $o, a: $a}
}
