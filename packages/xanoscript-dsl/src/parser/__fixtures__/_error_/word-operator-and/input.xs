function "Utils/And" {
  input {
    bool a
    bool b
  }
  stack {
    conditional {
      if ($input.a and $input.b) {
        var $both {
          value = true
        }
      }
    }
  }
  response = null
}
