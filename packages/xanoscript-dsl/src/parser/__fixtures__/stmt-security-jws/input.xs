function "Utils/Sign Webhook Payload" {
  input {
    json payload
  }
  stack {
    security.jws_encode {
      headers = {typ: "JWT"}
      claims = $input.payload
      key = $env.WEBHOOK_SIGNING_KEY
      signature_algorithm = "HS256"
      ttl = 300
    } as $token
    security.jws_decode {
      token = $token
      key = $env.WEBHOOK_SIGNING_KEY
      check_claims = {}
      signature_algorithm = "HS256"
      timeDrift = 0
    } as $claims
  }
  response = {token: $token, claims: $claims}
}
