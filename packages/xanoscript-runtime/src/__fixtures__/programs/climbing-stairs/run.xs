// ways(1..10) = 1, 2, 3, 5, 8, 13, 21, 34, 55, 89
run.job "Climbing stairs" {
  main = {name: "climbing_stairs", input: {n: 10}}
}
