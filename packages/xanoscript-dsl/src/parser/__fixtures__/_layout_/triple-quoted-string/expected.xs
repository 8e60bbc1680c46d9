tool "get_sync_state" {
  instructions = "    Use this to read sync state.\n    Never change job rows."
  input {
  }
  stack {
  }
  response = null
}
