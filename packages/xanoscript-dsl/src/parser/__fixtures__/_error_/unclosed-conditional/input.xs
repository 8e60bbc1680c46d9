function "Utils/Unclosed" {
  input {
  }
  stack {
    conditional {
      if (true) {
        var $x {
          value = 1
        }
    }
  }
  response = $x
}
