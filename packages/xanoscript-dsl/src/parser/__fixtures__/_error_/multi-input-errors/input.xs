function "Utils/Inputs" {
  input {
    object? a {
      schema {
        int id
      }
    }
    text[][] b
    boolean c
  }
  stack {
  }
  response = null
}
