query "research_by_intervention" verb=GET {
  api_group = "Research"
  input {
  }
  stack {
  }
  response = {ok: true}
}
