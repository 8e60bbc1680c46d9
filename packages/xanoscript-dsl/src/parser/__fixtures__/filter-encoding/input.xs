function "Utils/Encoding Filters" {
  input {
    json payload
    text query_string
  }
  stack {
    var $json {
      value = $input.payload|json_encode
    }
    var $decoded {
      value = $json|json_decode
    }
    var $b64 {
      value = $json|base64_encode
    }
    var $b64_url {
      value = $json|base64_encode_urlsafe
    }
    var $url {
      value = "https://api.fub.example.com/v1/people"|url_addarg:"limit":100|url_addarg:"offset":0
    }
    var $params {
      value = $input.query_string|querystring_parse
    }
    var $escaped {
      value = $input.query_string|url_encode
    }
    var $csv {
      value = [$input.payload]|csv_create
    }
    var $yaml {
      value = $input.payload|yaml_encode
    }
  }
  response = {b64: $b64, url: $url, params: $params, escaped: $escaped}
}
