function "Users/Set Password Hash" {
  input {
    int user_id
    text hash
  }
  stack {
    db.edit "user" {
      field_name = "id"
      field_value = $input.user_id
      data = {password: $input.hash}
      enforce_hidden_fields = false
    } as $user
    db.add "user_audit" {
      data = {user_id: $input.user_id, action: "password"}
      enforce_hidden_fields = false
    } as $audit
  }
  response = $user.id
}
