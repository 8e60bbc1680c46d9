function "Utils/Unknown Member" {
  api_group = "MCP: System"
  input {
  }
  stack {
  }
  response = null
}
