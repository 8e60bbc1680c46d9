function "f" {
  input {
  }
  stack {
    conditional {
      else {
        var $x {
          value = 1
        }
      }
    }
  }
  response = 1
}
