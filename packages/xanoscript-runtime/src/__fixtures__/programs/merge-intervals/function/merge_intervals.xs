// Merge overlapping [start, end] intervals of a list sorted by start.
function "merge_intervals" {
  input {
    json intervals
  }
  stack {
    var $merged { value = [] }
    foreach ($input.intervals) {
      each as $iv {
        var $n { value = $merged|count }
        conditional {
          if ($n > 0 && $iv[0] <= $merged[$n - 1][1]) {
            var $end { value = [$merged[$n - 1][1], $iv[1]]|max }
            var.update $merged { value = $merged|set:($n - 1):[$merged[$n - 1][0], $end] }
          }
          else {
            array.push $merged {
              value = $iv
            }
          }
        }
      }
    }
  }
  response = $merged
}
