function "Utils/Literal Kinds" {
  input {
  }
  stack {
    var $values {
      value = {yes: true, no: false, nothing: null, stamp: now}
    }
    var $mixed {
      value = [1, "two", 3.0, true, null, now, {}, []]
    }
  }
  response = {values: $values, mixed: $mixed}
}
