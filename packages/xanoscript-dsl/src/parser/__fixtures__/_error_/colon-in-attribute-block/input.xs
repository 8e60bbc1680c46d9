function "Utils/Colon Block" {
  input {
  }
  stack {
    var $x {
      value: 1
    }
  }
  response = $x
}
