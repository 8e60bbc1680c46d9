query "users" verb=GET {
  api_group = "Admin"
  input {
  }
  stack {
  }
  response = {ok: true}
}
