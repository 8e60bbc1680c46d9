function "Utils/Unknown Attribute" {
  input {
    int user_id
  }
  stack {
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
      single = true
    } as $user
  }
  response = $user
}
