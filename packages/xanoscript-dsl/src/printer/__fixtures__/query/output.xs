query "fub/users/{user_id}" verb=GET {
  api_group = "FUB Sync"
  description = "Returns the Follow Up Boss link of the signed-in user."
  auth = "user"
  tags = ["fub"]
  input {
    int user_id
  }
  stack {
    precondition ($auth.id == $input.user_id) {
      error_type = "accessdenied"
      error = "You can only read your own FUB link"
    }
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $user_row
    precondition ($user_row != null) {
      error_type = "notfound"
      error = "User not found"
    }
  }
  response = {
    user_id: $user_row.id,
    email: $user_row.email,
    fub_user_id: $user_row.fub_user_id
  }
}
