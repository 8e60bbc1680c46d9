function "Utils/Grid" {
  input {
    int[][] grid
  }
  stack {
  }
  response = $input.grid
}
