function "Utils/Trailing Commas" {
  input {
  }
  stack {
    var $o {
      value = {a: 1, b: 2}
    }
    var $p {
      value = {entity_type: "people", status: "ready"}
    }
  }
  response = [$o, $p]
}
