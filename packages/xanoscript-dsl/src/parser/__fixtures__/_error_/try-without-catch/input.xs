function "Utils/Try Only" {
  input {
  }
  stack {
    try_catch {
      try {
        function.run "Workers/FUB - Get Calls"
      }
    }
  }
  response = null
}
