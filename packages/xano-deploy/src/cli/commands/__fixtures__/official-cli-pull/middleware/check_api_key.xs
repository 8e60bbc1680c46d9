middleware "Check API Key" {
  input {
    text api_key
  }
  stack {
  }
  response = null
  guid = "Mn0Bv9Cx8Za7Lk6Jh5Gf4Ds3Ap2o"
}