function "System/Rotate Keys" {
  input {
  }
  stack {
    security.create_secret_key {
      bits = 256
      format = "base64"
    } as $secret
    security.create_rsa_key {
      bits = 2048
      format = "pem"
    } as $rsa
    security.create_curve_key {
      curve = "P-256"
      format = "pem"
    } as $curve
  }
  response = {secret: $secret, rsa: $rsa, curve: $curve}
}
