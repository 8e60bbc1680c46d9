function "Utils/Lower Alias" {
  input {
    text email
  }
  stack {
    var $email {
      value = $input.email|trim|lower
    }
  }
  response = $email
}
