function "Utils/Foreach No Each" {
  input {
    json rows
  }
  stack {
    foreach ($input.rows) {
      debug.log {
        value = 1
      }
    }
  }
  response = null
}
