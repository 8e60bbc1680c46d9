// "00110011": runs 2, 2, 2, 2; neighbours pair up min(2, 2) three times: 2 + 2 + 2 = 6
run.job "Binary runs" {
  main = {name: "binary_runs", input: {bits: "00110011"}}
}
