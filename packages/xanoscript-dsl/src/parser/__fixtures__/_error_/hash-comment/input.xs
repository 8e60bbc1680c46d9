function "Utils/Hash Comment" {
  input {
  }
  stack {
    # not a comment in XanoScript
    var $x {
      value = 1
    }
  }
  response = $x
}
