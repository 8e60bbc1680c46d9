function "Utils/Two Elses" {
  input {
    int n
  }
  stack {
    conditional {
      if ($input.n > 0) {
        var $s {
          value = 1
        }
      }
      else {
        var $s {
          value = 0
        }
      }
      else {
        var $s {
          value = -1
        }
      }
    }
  }
  response = $s
}
