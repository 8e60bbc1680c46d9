function "Utils/Precondition" {
  input {
    int n
  }
  stack {
    precondition $input.n > 0 {
      error = "n must be positive"
    }
  }
  response = $input.n
}
