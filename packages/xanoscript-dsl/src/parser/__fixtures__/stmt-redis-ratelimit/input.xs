query "admin/trigger-onboarding" verb=POST {
  api_group = "MCP: Workers"
  input {
    int user_id
  }
  stack {
    redis.ratelimit {
      key = "trigger-onboarding:" ~ $input.user_id
      max = 3
      ttl = 3600
      error = "Onboarding already triggered recently"
    }
    redis.incr {
      package_key = "onboarding"
      key = "triggers"
      by = 1
    } as $total_triggers
    redis.decr {
      key = "onboarding_slots"
      by = 1
    } as $slots_left
    redis.del {
      key = "onboarding_status:" ~ $input.user_id
    }
    function.run "Workers/FUB - Onboarding Orchestrator" {
      input = {user_id: $input.user_id}
    } as $run
  }
  response = {run: $run, total_triggers: $total_triggers, slots_left: $slots_left}
}
