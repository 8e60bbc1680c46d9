run.job "Pascal's triangle" {
  main = {name: "pascals_triangle", input: {rows: 5}}
}
