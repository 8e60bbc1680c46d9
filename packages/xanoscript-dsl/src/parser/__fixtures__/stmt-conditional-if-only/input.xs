function "Utils/Require Agent" {
  input {
    int user_id
  }
  stack {
    db.get "agent" {
      field_name = "user_id"
      field_value = $input.user_id
    } as $agent
    conditional {
      if ($agent == null) {
        return {
          value = {
            success: false,
            data: null,
            error: "No agent record found for user",
            step: "agent"
          }
        }
      }
    }
  }
  response = {success: true, data: $agent, error: null, step: "agent"}
}
