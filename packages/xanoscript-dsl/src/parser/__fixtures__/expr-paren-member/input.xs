function "Utils/Latest End" {
  input {
    json intervals
  }
  stack {
    var $last_end {
      value = ($input.intervals|last).end
    }
    var $first_id {
      value = ($input.intervals|first)["id"]
    }
  }
  response = {last_end: $last_end, first_id: $first_id}
}
