function "Utils/Object Equals" {
  input {
    int id
  }
  stack {
    db.add "event_log" {
      data = {customer = $input.id}
    }
  }
  response = true
}
