query "admin/resync-user" verb=POST {
  api_group = "MCP: Workers"
  input {
    int user_id
    text? reason?
  }
  stack {
    precondition ($input.user_id > 0) {
      error_type = "inputerror"
      error = "user_id must be positive"
    }
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $user
    precondition ($user != null) {
      error_type = "notfound"
      error = "User not found"
    }
    precondition ($user.active)
    function.run "Tasks/Resync User" {
      input = {user_id: $user.id, reason: $input.reason}
    } as $resync
  }
  response = $resync
}
