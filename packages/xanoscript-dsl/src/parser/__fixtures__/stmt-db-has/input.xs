function "Utils/Has FUB Account" {
  input {
    int user_id
  }
  stack {
    db.has "fub_accounts" {
      field_name = "user_id"
      field_value = $input.user_id
    } as $connected
  }
  response = $connected
}
