// a↔z, b↔y, c↔x; other characters stay
run.job "Atbash" {
  main = {name: "atbash", input: {text: "abc xyz, hello!"}}
}
