// Substrings with as many 0s as 1s, each group together: the sum over neighbouring runs of the
// shorter run's length. Reads one character at a time with an index into the text.
function "binary_runs" {
  input {
    text bits
  }
  stack {
    var $n { value = $input.bits|strlen }
    var $previous { value = 0 }
    var $current { value = 1 }
    var $total { value = 0 }
    var $i { value = 1 }
    while ($i < $n) {
      each {
        conditional {
          if ($input.bits[$i] == $input.bits[$i - 1]) {
            var.update $current { value = $current + 1 }
          }
          else {
            var.update $total { value = $total + ($previous|min:$current) }
            var.update $previous { value = $current }
            var.update $current { value = 1 }
          }
        }
        var.update $i { value = $i + 1 }
      }
    }
    var.update $total { value = $total + ($previous|min:$current) }
  }
  response = $total
}
