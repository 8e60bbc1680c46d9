function "Utils/Underscore Var" {
  input {
  }
  stack {
    var $_tmp {
      value = 1
    }
  }
  response = 1
}
