// Index of the first character that occurs once, or -1. Counts sit in an object keyed by
// character; a character not counted yet reads as 0 through ??.
function "first_unique_char" {
  input {
    text word
  }
  stack {
    var $letters { value = $input.word|split:"" }
    var $counts { value = {} }
    foreach ($letters) {
      each as $ch {
        var.update $counts { value = $counts|set:$ch:(($counts[$ch] ?? 0) + 1) }
      }
    }
    var $found { value = -1 }
    var $i { value = 0 }
    while ($found == -1 && $i < ($letters|count)) {
      each {
        conditional {
          if ($counts[$letters[$i]] == 1) {
            var.update $found { value = $i }
          }
        }
        var.update $i { value = $i + 1 }
      }
    }
  }
  response = $found
}
