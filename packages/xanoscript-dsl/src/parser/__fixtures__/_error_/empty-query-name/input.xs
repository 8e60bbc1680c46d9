query "" verb=GET {
  api_group = "MCP: System"
  input {
  }
  stack {
  }
  response = null
}
