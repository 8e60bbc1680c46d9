query "version" verb=GET {
  api_group = "MCP: System"
  description = "Reports the workspace release"
  input {
  }
  stack {
  }
  response = {release: "v2", workspace: 5}
}
