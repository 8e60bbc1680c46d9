function "Utils/Input Filter Type" {
  input {
    int page filters=trim
  }
  stack {
  }
  response = $input.page
}
