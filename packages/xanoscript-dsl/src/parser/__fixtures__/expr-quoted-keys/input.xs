function "Utils/Header Map" {
  input {
  }
  stack {
    var $headers {
      value = {"Content-Type": "application/json", "X-Request-Id": "abc123", accept: "*/*"}
    }
    var $reserved_keys {
      value = {"null": 0, "true": 1, "false": 2, "now": 3, "2fa": true, "with space": 1}
    }
    var $keyword_keys {
      value = {type: "list", input: {}, value: 1, stack: "x", description: "y"}
    }
  }
  response = {headers: $headers, reserved: $reserved_keys, keywords: $keyword_keys}
}
