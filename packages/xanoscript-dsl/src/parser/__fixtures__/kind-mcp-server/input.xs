mcp_server "Pipeline Tools" {
  canonical = "pipeline-tools-v1"
  description = "Read-only tools over the V2 data pipeline"
  instructions = "Tools for checking sync state and stuck onboarding jobs."
  active = true
  tags = ["mcp", "pipeline"]
  history = 100
  tools = [{name: "get_sync_state"}, {name: "count_stuck_jobs", active: true}]
}
