// Repeatedly sum the decimal digits until one digit is left.
function "add_digits" {
  input {
    int n
  }
  stack {
    var $n { value = $input.n }
    while ($n >= 10) {
      each {
        var $sum { value = 0 }
        while ($n > 0) {
          each {
            var.update $sum { value = $sum + $n % 10 }
            var.update $n { value = ($n / 10)|floor }
          }
        }
        var.update $n { value = $sum }
      }
    }
  }
  response = $n
}
