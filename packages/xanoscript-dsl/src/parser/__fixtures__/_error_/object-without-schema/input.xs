function "Utils/Object" {
  input {
    object meta
  }
  stack {
  }
  response = $input.meta
}
