branch "v2-live" {
  description = "Production branch of the V2 workspace"
  color = "#22c55e"
  middleware = {
    query: {pre: ["Frontend/Request Logger"], post: []},
    task: {pre: [], post: ["Workers/Utility - Slack Webhook"]}
  }
  history = {function: 100, query: 1000, task: 100, tool: 100, trigger: 100, middleware: 10}
}
