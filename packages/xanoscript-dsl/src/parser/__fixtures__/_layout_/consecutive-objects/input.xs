// Xano's marketplace writes objects one after another, with no `---` between them.
function "Math/Double" {
  input {
    int n
  }
  stack {
  }
  response = $input.n * 2
}function "Math/Triple" {
  input {
    int n
  }
  stack {
  }
  response = $input.n * 3
}
