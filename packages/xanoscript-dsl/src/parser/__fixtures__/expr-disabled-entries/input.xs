function "Utils/Webhook Payload" {
  input {
    json payload
  }
  stack {
    var $body {
      value = {result: $input.payload, !tags: $input.payload|get:"tags":[]}
    }
  }
  response = $body
}
