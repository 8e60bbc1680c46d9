run.job "FizzBuzz" {
  main = {name: "fizzbuzz", input: {n: 15}}
}
