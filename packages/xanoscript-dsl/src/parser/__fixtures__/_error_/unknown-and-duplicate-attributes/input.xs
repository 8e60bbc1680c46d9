function "f" {
  description = "a"
  description = "b"
  colour = "red"
  input {
  }
  stack {
    var $x {
      value = 1
      valeu = 2
    }
  }
  response = $x
}
