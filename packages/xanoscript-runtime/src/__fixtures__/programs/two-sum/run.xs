// 11 + 4 = 15: indexes 2 and 4
run.job "Two sum" {
  main = {name: "two_sum", input: {nums: [3, 8, 11, 5, 4], target: 15}}
}
