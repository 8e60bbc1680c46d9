// Boyer-Moore vote: the element that appears more than n/2 times.
function "majority_element" {
  input {
    int[] nums
  }
  stack {
    var $candidate { value = null }
    var $votes { value = 0 }
    foreach ($input.nums) {
      each as $x {
        conditional {
          if ($votes == 0) {
            var.update $candidate { value = $x }
          }
        }
        conditional {
          if ($x == $candidate) {
            var.update $votes { value = $votes + 1 }
          }
          else {
            var.update $votes { value = $votes - 1 }
          }
        }
      }
    }
  }
  response = $candidate
}
