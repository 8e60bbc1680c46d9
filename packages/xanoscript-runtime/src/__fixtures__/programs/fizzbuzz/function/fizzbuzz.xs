// 1..n with multiples of 3 as Fizz, of 5 as Buzz, of both as FizzBuzz.
function "fizzbuzz" {
  input {
    int n
  }
  stack {
    var $out { value = [] }
    var $i { value = 1 }
    while ($i <= $input.n) {
      each {
        var $word { value = "" }
        conditional {
          if ($i % 3 == 0) {
            var.update $word { value = "Fizz" }
          }
        }
        conditional {
          if ($i % 5 == 0) {
            var.update $word { value = $word ~ "Buzz" }
          }
        }
        conditional {
          if ($word == "") {
            var.update $word { value = $i|to_text }
          }
        }
        array.push $out {
          value = $word
        }
        var.update $i { value = $i + 1 }
      }
    }
  }
  response = $out
}
