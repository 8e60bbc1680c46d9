mcp_server_trigger "pipeline_tools_connect" {
  mcp_server = "Pipeline Tools"
  description = "Logs MCP connections to the pipeline tools server"
  actions = {connection: true}
  active = true
  tags = ["mcp"]
  input {
    object toolset {
      schema {
        int id
        text name
        text instructions
      }
    }
    object[] tools {
      schema {
        int id
        text name
        text instructions
      }
    }
  }
  stack {
    db.add "event_log" {
      data = {event: "mcp_connect", detail: $input.toolset.name, created_at: now}
    }
  }
  response = {accepted: true, tool_count: $input.tools|count}
}
