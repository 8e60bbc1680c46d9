run.job "Merge intervals" {
  main = {name: "merge_intervals", input: {intervals: [[1, 3], [2, 6], [8, 10], [9, 9], [15, 18]]}}
}
