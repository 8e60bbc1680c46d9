// "loveleetcode": l (0, 4) and o (1, 9) repeat; v at index 2 is the first that does not
run.job "First unique character" {
  main = {name: "first_unique_char", input: {word: "loveleetcode"}}
}
