function "Utils/No Stack" {
  input {
  }
  response = null
}
