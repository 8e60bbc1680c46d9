// Indexes of the two numbers that add up to target, through a map of the numbers seen so far.
function "two_sum" {
  input {
    int[] nums
    int target
  }
  stack {
    var $seen { value = {} }
    var $answer { value = [] }
    var $i { value = 0 }
    while ($i < ($input.nums|count) && ($answer|count) == 0) {
      each {
        var $x { value = $input.nums[$i] }
        var $want { value = ($input.target - $x)|to_text }
        conditional {
          if ($seen|has:$want) {
            var.update $answer { value = [$seen|get:$want, $i] }
          }
          else {
            var.update $seen { value = $seen|set:($x|to_text):$i }
          }
        }
        var.update $i { value = $i + 1 }
      }
    }
  }
  response = $answer
}
