query "research" verb=POST {
  input {
  }
  stack {
  }
  response = {ok: true}
}
