agent "Sync Assistant" {
  canonical = "sync-assistant-v1"
  description = "Answers questions about FUB, reZEN and SkySlope sync health"
  docs = "Uses read-only tools; never changes job rows."
  llm = {
    type: "openai",
    api_key: "{{ $env.OPENAI_API_KEY }}",
    model: "gpt-5-mini",
    system_prompt: "You explain the state of data syncs to operations staff.",
    prompt: "{{ $args.message }}",
    max_steps: 5,
    temperature: 0.2,
    reasoning_effort: "medium"
  }
  tools = [{name: "get_sync_state", active: true}, {name: "count_stuck_jobs"}]
  tags = ["ai", "ops"]
  history = "all"
}
