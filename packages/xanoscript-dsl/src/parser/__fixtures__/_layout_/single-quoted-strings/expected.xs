function "Utils/Quote Styles" {
  input {
    text status?="New"
  }
  stack {
    var $message {
      value = "status is " ~ $input.status ~ " and it's \"quoted\""
    }
  }
  response = $message
}
