query users/{id} verb=GET {
  api_group = "users"
  input {
    int id
  }
  stack {
    db.get user {
      field_name = "id"
      field_value = $input.id
    } as $user
  }
  response = $user
}
