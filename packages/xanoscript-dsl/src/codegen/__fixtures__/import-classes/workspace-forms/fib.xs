// The n-th Fibonacci number, by a function that runs itself.
function "fib" {
  history = 100
  input {
    int n
  }

  stack {
    conditional {
      if ($input.n < 2) {
        return { value = $input.n }
      }
    }

    function.run "fib" {
      input = {n: $input.n - 1}
    } as $a

    function.run "fib" {
      input = {n: $input.n - 2}
    } as $b
  }

  response = [$a, $b]|sum
}
