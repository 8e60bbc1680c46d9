function "Utils/Duplicate Member" {
  description = "first"
  description = "second"
  input {
  }
  stack {
  }
  response = null
}
