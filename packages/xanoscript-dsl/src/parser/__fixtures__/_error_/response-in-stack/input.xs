function "Utils/Response In Stack" {
  input {
  }
  stack {
    conditional {
      if (true) {
        response = 1
      }
    }
  }
  response = 2
}
