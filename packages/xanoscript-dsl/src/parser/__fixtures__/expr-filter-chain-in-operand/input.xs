function "Utils/Has Items" {
  input {
    json result
  }
  stack {
    var $has_items {
      value = ($input.result|get:"items":[]|count) > 0
    }
    var $first_id {
      value = ($input.result|get:"items":[]|first|get:"id":0) + 0
    }
    var $age_hours {
      value = ((now|to_ms) - ($input.result|get:"fetched_at":0)) / 3600000
    }
  }
  response = $has_items && ($first_id > 0) && ($age_hours < 24)
}
