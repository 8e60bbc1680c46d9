function "Utils/String Escapes" {
  input {
  }
  stack {
    var $quoted {
      value = "Unable to locate var: \"transform_result.people\""
    }
    var $path {
      value = "C:\\reports\daily"
    }
    var $multi_line {
      value = "line one\nline two"
    }
    var $tabbed {
      value = "name\tcount\r\n"
    }
    var $pattern {
      value = "^\d{5}(-\d{4})?$"
    }
    var $single {
      value = "it's fine"
    }
    var $unicode {
      value = "📋 leads_messages"
    }
    var $empty {
      value = ""
    }
  }
  response = [$quoted, $path, $multi_line, $tabbed, $pattern, $single, $unicode, $empty]
}
