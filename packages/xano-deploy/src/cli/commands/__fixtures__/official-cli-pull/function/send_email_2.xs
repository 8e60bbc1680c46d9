function "send_email" {
  input {
    email to
  }
  stack {
  }
  response = false
  guid = "Tu1Vw2Xy3Za4Bc5De6Fg7Hi8Jk9l"
}