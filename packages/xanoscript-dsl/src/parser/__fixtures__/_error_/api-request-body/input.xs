function "Utils/Request Body" {
  input {
  }
  stack {
    api.request {
      url = "https://hooks.example.com/slack"
      method = "POST"
      body = {text: "hi"}
    } as $r
  }
  response = $r
}
