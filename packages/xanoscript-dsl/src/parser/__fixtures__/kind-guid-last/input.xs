function "Workers/reZEN - Agent Data" {
  description = "Loads the reZEN agent record for a user"
  input {
    int user_id
  }
  stack {
    db.get "agent" {
      field_name = "user_id"
      field_value = $input.user_id
    } as $agent
  }
  response = {success: $agent != null, data: $agent, error: null, step: "agent_data"}
  guid = "7a3c1f0e-2b4d-4c55-9e61-0d8f2a9b6c10"
}
