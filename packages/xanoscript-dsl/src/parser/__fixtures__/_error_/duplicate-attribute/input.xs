function "Utils/Duplicate Attribute" {
  input {
  }
  stack {
    var $x {
      value = 1
      value = 2
    }
  }
  response = $x
}
