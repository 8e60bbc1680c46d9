function "Utils/Throw" {
  input {
  }
  stack {
    throw {
      name = "MissingTeam"
    }
  }
  response = null
}
