// kept above
function "notes" {
  // moved above the object
  input {
    // kept above the field
    int id // trailing, moved
  }
  stack {
    var $x {
      // inside a block: moved above the statement
      value = 1
    }
    // kept as a statement
  }
  response = $x
}
