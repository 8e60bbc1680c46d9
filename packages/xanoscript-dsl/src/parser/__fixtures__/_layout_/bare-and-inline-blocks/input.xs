function "Utils/Empty Blocks" {
  input {}
  stack {
    var $x { value = 1 }
  }
  response = $x
}
