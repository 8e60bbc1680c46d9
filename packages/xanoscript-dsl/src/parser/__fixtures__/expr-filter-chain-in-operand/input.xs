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
  }
  response = $has_items && ($first_id > 0)
}
