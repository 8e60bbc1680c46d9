function "Utils/Cast" {
  input {
  }
  stack {
    var $n {
      value = !int 42
    }
  }
  response = $n
}
