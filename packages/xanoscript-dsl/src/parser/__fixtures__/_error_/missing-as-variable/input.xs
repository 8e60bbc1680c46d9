function "Utils/As" {
  input {
  }
  stack {
    security.create_uuid as
  }
  response = null
}
