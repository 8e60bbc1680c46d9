function "Math/Square" {
  input {
    int n
  }
  stack {
  }
  response = $input.n * $input.n
  test square_of_three {
    input = {n: 3}
    expect.to_equal ($response) {
      value = 9
    }
  }
}
