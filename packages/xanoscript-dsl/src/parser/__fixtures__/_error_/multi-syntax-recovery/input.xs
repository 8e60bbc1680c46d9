function "Utils/Recovery" {
  input {
  }
  stack {
    var $a {
      value 1
    }
    var $b {
      value = 2
    }
    var $c {
      value = {key = 3}
    }
    var $d {
      value = now|format_date:"Y"
    }
  }
  response = $b
}
