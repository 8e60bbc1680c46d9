function "f" {
  input {
  }
  stack {
    db.get "user" {
      field_name = "id"
    } as $u
  }
  response = $u
}
