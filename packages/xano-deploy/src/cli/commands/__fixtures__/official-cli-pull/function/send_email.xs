function "Send Email" {
  input {
    email to
  }
  stack {
  }
  response = true
  guid = "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9s"
}