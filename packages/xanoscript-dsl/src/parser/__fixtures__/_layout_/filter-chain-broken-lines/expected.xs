function "Utils/Normalize Emails" {
  input {
    text raw
  }
  stack {
    var $emails {
      value = $input.raw|split:","|map:($$|trim|to_lower)|filter_empty|unique
    }
  }
  response = $emails
}
