function "Utils/Two Ifs" {
  input {
    int n
  }
  stack {
    conditional {
      if ($input.n > 10) {
        var $size {
          value = "large"
        }
      }
      if ($input.n > 5) {
        var $size {
          value = "medium"
        }
      }
    }
  }
  response = $size
}
