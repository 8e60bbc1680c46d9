function "Workers/reZEN - Agent Data" {
  response = $agent
  stack {
    db.get "agent" {
      output = ["id", "agent_id_raw"]
      field_value = $input.user_id
      field_name = "user_id"
      description = "agent row for the user"
    } as $agent
  }
  input {
    int user_id
  }
  tags = ["rezen"]
  description = "Loads the reZEN agent record for a user"
}
