tool "get_sync_state" {
  instructions = """
    Use this to read sync state.
    Never change job rows.
    """
  input {
  }
  stack {
  }
  response = null
}
