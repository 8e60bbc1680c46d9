function "Workers/Backoff Retry" {
  input {
    int attempt?=1
  }
  stack {
    var $delay {
      value = 2|pow:$input.attempt
    }
    util.sleep {
      value = $delay
    }
  }
  response = $delay
}
