function "Utils/Unknown Statement" {
  input {
    int user_id
  }
  stack {
    db.fetch "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $user
  }
  response = $user
}
