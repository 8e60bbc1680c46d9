agent_trigger "sync_assistant_connect" {
  agent = "Sync Assistant"
  description = "Runs when a client connects to the sync assistant"
  actions = {connection: true}
  active = true
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
    debug.log {
      value = {toolset: $input.toolset.name, tools: $input.tools|count}
    }
  }
  response = {accepted: true}
}
