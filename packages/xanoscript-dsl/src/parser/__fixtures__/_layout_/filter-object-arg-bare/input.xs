function "Workers/Metrics - Safe Access" {
  input {
    json result
  }
  stack {
    var $updated {
      value = $input.result|get:"data":{}|get:"transactions_updated":0
    }
    var $bumped {
      value = $input.result|set:"count":$updated + 1
    }
  }
  response = $updated
}
