function "Utils/Collect Entities" {
  input {
    text[] extra?
  }
  stack {
    var $entities {
      value = ["people", "calls"]
    }
    array.merge $entities {
      value = ["events", "deals"]
    }
    array.merge $entities {
      value = $input.extra|safe_array
    }
  }
  response = $entities|unique
}
