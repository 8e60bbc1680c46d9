query "auth/me" verb=GET {
  api_group = "Auth"
  description = "Returns the signed-in user with agent and team ids"
  auth = "user"
  tags = ["auth"]
  input {
  }
  stack {
    db.get "user" {
      field_name = "id"
      field_value = $auth.id
      output = ["id", "first_name", "last_name", "email", "agent_id", "team_id"]
    } as $me
  }
  response = $me
}
