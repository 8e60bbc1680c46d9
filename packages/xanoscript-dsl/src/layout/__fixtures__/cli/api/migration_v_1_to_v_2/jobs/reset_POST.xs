query "jobs/reset" verb=POST {
  api_group = "Migration: V1 to V2"
  input {
  }
  stack {
  }
  response = {ok: true}
}
