// The first rows of Pascal's triangle: each inner number is the sum of the two above it.
function "pascals_triangle" {
  input {
    int rows
  }
  stack {
    var $out { value = [] }
    var $r { value = 0 }
    while ($r < $input.rows) {
      each {
        var $row { value = [1] }
        var $k { value = 1 }
        while ($k < $r) {
          each {
            array.push $row {
              value = $out[$r - 1][$k - 1] + $out[$r - 1][$k]
            }
            var.update $k { value = $k + 1 }
          }
        }
        conditional {
          if ($r > 0) {
            array.push $row {
              value = 1
            }
          }
        }
        array.push $out {
          value = $row
        }
        var.update $r { value = $r + 1 }
      }
    }
  }
  response = $out
}
