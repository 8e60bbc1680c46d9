function "Utils/Call Endpoint" {
  input {
  }
  stack {
    api.call "table-counts" verb=GET {
      api_group = "MCP: System"
    } as $counts
  }
  response = $counts
}
