query "ops/ask" verb=POST {
  api_group = "MCP: System"
  input {
    text message filters=trim|max:2000
  }
  stack {
    ai.agent.run "Sync Assistant" {
      args = {message: $input.message}
      allow_tool_execution = true
    } as $answer
  }
  response = $answer
}
