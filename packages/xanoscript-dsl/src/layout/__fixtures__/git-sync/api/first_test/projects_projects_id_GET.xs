query "projects/{projects_id}" verb=GET {
  api_group = "first test"
  input {
  }
  stack {
  }
  response = {ok: true}
}
