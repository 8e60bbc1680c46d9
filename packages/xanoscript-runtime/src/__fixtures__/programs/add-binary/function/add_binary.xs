// Sum of two binary numbers written as text, digit by digit from the right with a carry.
function "add_binary" {
  input {
    text a
    text b
  }
  stack {
    var $i { value = ($input.a|strlen) - 1 }
    var $j { value = ($input.b|strlen) - 1 }
    var $carry { value = 0 }
    var $out { value = "" }
    while ($i >= 0 || $j >= 0 || $carry > 0) {
      each {
        var $sum { value = $carry }
        conditional {
          if ($i >= 0) {
            var.update $sum { value = $sum + ($input.a|substr:$i:1|to_int) }
          }
        }
        conditional {
          if ($j >= 0) {
            var.update $sum { value = $sum + ($input.b|substr:$j:1|to_int) }
          }
        }
        var.update $out { value = ($sum % 2|to_text) ~ $out }
        var.update $carry { value = ($sum / 2)|floor }
        var.update $i { value = $i - 1 }
        var.update $j { value = $j - 1 }
      }
    }
  }
  response = $out
}
