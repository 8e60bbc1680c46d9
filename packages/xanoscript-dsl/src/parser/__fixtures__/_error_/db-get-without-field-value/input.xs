function "Utils/Get User" {
  input {
    int user_id
  }
  stack {
    db.get "user" {
      field_name = "id"
    } as $user
  }
  response = $user
}
