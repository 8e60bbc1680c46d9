function "Workers/reZEN - Log Webhook" {
  input {
    text event_type
    json payload
  }
  stack {
    debug.log {
      value = "reZEN webhook received"
    }
    debug.log {
      value = $input.event_type
    }
    debug.log {
      value = {
        event: $input.event_type,
        id: $input.payload|get:"id":null,
        keys: $input.payload|keys
      }
    }
  }
  response = null
}
