function "f" {
  input {
  }
  stack {
    math.addd $x {
      value = 1
    }
  }
  response = $x
}
