// 1011 (11) + 111 (7) = 10010 (18)
run.job "Add binary" {
  main = {name: "add_binary", input: {a: "1011", b: "111"}}
}
