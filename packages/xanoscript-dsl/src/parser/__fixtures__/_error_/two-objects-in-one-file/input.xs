function "Utils/First" {
  input {
  }
  stack {
  }
  response = 1
}
function "Utils/Second" {
  input {
  }
  stack {
  }
  response = 2
}
