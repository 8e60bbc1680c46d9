function "Utils/No Response" {
  input {
  }
  stack {
  }
}
