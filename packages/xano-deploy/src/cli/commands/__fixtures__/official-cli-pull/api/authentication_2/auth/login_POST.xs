query "auth/login" verb=POST {
  api_group = "authentication"
  input {
    email email
  }
  stack {
  }
  response = {token: ""}
  guid = "Io1Pa2Sd3Fg4Hj5Kl6Zx7Cv8Bn9m"
}