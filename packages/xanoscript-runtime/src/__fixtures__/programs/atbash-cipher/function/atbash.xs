// Mirror each lowercase letter in the alphabet; keep everything else.
function "atbash" {
  input {
    text text
  }
  stack {
    var $alphabet { value = "abcdefghijklmnopqrstuvwxyz" }
    var $out { value = "" }
    foreach ($input.text|split:"") {
      each as $ch {
        conditional {
          if ($alphabet|contains:$ch) {
            var $pos { value = $alphabet|index:$ch }
            var.update $out { value = $out ~ ($alphabet|substr:(25 - $pos):1) }
          }
          else {
            var.update $out { value = $out ~ $ch }
          }
        }
      }
    }
  }
  response = $out
}
