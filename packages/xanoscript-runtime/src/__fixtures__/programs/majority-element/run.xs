// 2 appears 4 times out of 7
run.job "Majority element" {
  main = {name: "majority_element", input: {nums: [2, 2, 1, 1, 1, 2, 2]}}
}
