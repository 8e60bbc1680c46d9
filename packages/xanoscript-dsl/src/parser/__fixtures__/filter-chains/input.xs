function "Utils/Normalize Email List" {
  input {
    text raw
  }
  stack {
    var $emails {
      value = $input.raw|split:","|map:($$|trim|to_lower)|filter_empty|unique|sort
    }
    var $domains {
      value = $emails|map:($$|split:"@"|last)|unique
    }
    var $summary {
      value = $emails|count|to_text|concat:"emails":" "
    }
  }
  response = {emails: $emails, domains: $domains, summary: $summary}
}
