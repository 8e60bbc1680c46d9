function "Utils/Build Sync Summary" {
  input {
    int user_id
  }
  stack {
    var $started_at {
      value = now
    }
    var $counts {
      value = {people: 0, calls: 0, events: 0}
    }
    var $entities {
      value = ["people", "calls", "events", "deals", "appointments", "text_messages"]
    }
    var $label {
      value = "user " ~ $input.user_id
    }
    var $nothing {
      value = null
    }
  }
  response = {label: $label, counts: $counts, entities: $entities, started_at: $started_at}
}
