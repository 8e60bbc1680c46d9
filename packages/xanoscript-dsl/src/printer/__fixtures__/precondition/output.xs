function "Workers/reZEN - Validate Webhook" {
  input {
    text event_type
    text transaction_id
    int agent_id?
  }
  stack {
    precondition (($input.transaction_id|strlen) > 0) {
      error_type = "inputerror"
      error = "transaction_id is required"
      payload = {field: "transaction_id", received: $input.transaction_id}
    }
    precondition ($input.agent_id != null) {
      error_type = "notfound"
      error = "Unknown reZEN agent"
    }
    precondition ($input.event_type != "TEST") {
      error_type = "accessdenied"
    }
    precondition ($input.event_type|starts_with:"TRANSACTION_")
  }
  response = true
}
