function "Utils/Assert In Stack" {
  input {
  }
  stack {
    var $x {
      value = 1
    }
    expect.to_equal ($x) {
      value = 1
    }
  }
  response = $x
}
