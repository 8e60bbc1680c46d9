function "Utils/String Type" {
  input {
    string name
    integer age
  }
  stack {
  }
  response = $input.name
}
