function "Workers/reZEN - Agent Data" {
  description = "Loads the reZEN agent record for a user"
  tags = ["rezen"]
  input {
    int user_id
  }
  stack {
    db.get "agent" {
      description = "agent row for the user"
      field_name = "user_id"
      field_value = $input.user_id
      output = ["id", "agent_id_raw"]
    } as $agent
  }
  response = $agent
}
