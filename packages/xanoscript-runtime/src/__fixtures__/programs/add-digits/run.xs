// 38 → 3 + 8 = 11 → 1 + 1 = 2
run.job "Add digits" {
  main = {name: "add_digits", input: {n: 38}}
}
