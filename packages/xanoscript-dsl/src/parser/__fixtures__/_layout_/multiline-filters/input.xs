function "chains" {
  input {
    text? name?="x" { description = "one-line meta" }
  }
  stack {
    var $r {
      value = $input.name
        |trim
        |to_lower
    }
    var $d { value = $x -1 }
    var $e { value = (
      $a + $b
    ) }
    var $b { value = `$i < $n - 1` }
  }
  response = $r
}
