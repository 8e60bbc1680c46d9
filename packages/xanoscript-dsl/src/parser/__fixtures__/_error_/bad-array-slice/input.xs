function "Utils/Slice" {
  input {
    int[5:2] ids
  }
  stack {
  }
  response = $input.ids
}
