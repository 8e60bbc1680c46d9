// 7 sits at index 3 of [1, 3, 5, 7, 9, 11]
run.job "Binary search" {
  main = {name: "binary_search", input: {nums: [1, 3, 5, 7, 9, 11], target: 7}}
}
