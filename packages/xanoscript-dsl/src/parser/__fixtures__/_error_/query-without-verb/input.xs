query "table-counts" {
  api_group = "MCP: System"
  input {
  }
  stack {
  }
  response = null
}
