function "Workers/FUB - Broadcast Progress" {
  input {
    int user_id
    text entity
    int done
  }
  stack {
    api.realtime_event {
      channel = "sync:" ~ $input.user_id
      data = {entity: $input.entity, done: $input.done, at: now}
      auth_table = "user"
      auth_id = $input.user_id
    }
  }
  response = true
}
