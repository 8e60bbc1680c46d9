function "Utils/Else If" {
  input {
    int n
  }
  stack {
    conditional {
      if ($input.n > 0) {
        var $sign {
          value = 1
        }
      }
      else if ($input.n < 0) {
        var $sign {
          value = -1
        }
      }
    }
  }
  response = $sign
}
