// Index of target in a sorted list, or -1.
function "binary_search" {
  input {
    int[] nums
    int target
  }
  stack {
    var $lo { value = 0 }
    var $hi { value = ($input.nums|count) - 1 }
    var $found { value = -1 }
    while ($lo <= $hi && $found == -1) {
      each {
        var $mid { value = (($lo + $hi) / 2)|floor }
        var $v { value = $input.nums[$mid] }
        conditional {
          if ($v == $input.target) {
            var.update $found { value = $mid }
          }
          elseif ($v < $input.target) {
            var.update $lo { value = $mid + 1 }
          }
          else {
            var.update $hi { value = $mid - 1 }
          }
        }
      }
    }
  }
  response = $found
}
