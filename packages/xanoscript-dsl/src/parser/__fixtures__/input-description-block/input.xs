query "trigger-rezen-create-onboarding-job" verb=POST {
  api_group = "MCP: Workers"
  input {
    int user_id {
      description = "The V2 user id (60 is the test user)"
    }
    text? agent_id_raw? {
      description = "reZEN agent UUID; looked up from agent when missing"
    }
    bool dry_run?=false {
      description = "Return the job that would be created without saving it"
    }
  }
  stack {
    function.run "Workers/reZEN - Create Onboarding Job" {
      input = {user_id: $input.user_id}
    } as $job
  }
  response = $job
}
