function "Utils/Encrypt API Key" {
  input {
    text api_key {
      sensitive = true
    }
  }
  stack {
    security.encrypt {
      data = $input.api_key
      algorithm = "aes-256-cbc"
      key = $env.CREDENTIALS_KEY
      iv = $env.CREDENTIALS_IV
    } as $cipher
    security.decrypt {
      data = $cipher
      algorithm = "aes-256-cbc"
      key = $env.CREDENTIALS_KEY
      iv = $env.CREDENTIALS_IV
    } as $roundtrip
  }
  response = $roundtrip == $input.api_key
}
