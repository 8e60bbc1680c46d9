// Leading comment
// second line
task "daily sync" {
  description = "Runs daily"
  stack {
    var $n { description = "mod", value = 10 % 3 }
    var $flag { value = !$n }
    var $items {
      value = [
        1,
        2,
        3
      ]
    }
    var $obj {
      value = {
        a: 1
        b: "two",
        c: [1, 2]
      }
    }
  }
  schedule = [{starts_on: 2026-01-01 08:00:00+0000, freq: 86400}]
}
