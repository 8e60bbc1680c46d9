function "Utils/Enum" {
  input {
    enum status
  }
  stack {
  }
  response = $input.status
}
