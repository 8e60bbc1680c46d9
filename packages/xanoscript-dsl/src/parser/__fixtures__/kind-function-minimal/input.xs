function "Utils/Ping" {
  input {
  }
  stack {
  }
  response = "pong"
}
