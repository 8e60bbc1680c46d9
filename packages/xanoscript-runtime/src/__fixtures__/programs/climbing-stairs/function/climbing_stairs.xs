// Number of ways to climb n steps taking 1 or 2 at a time.
function "climbing_stairs" {
  input {
    int n
  }
  stack {
    var $prev { value = 1 }
    var $curr { value = 1 }
    var $k { value = 1 }
    while ($k < $input.n) {
      each {
        var $next { value = $prev + $curr }
        var.update $prev { value = $curr }
        var.update $curr { value = $next }
        var.update $k { value = $k + 1 }
      }
    }
  }
  response = $curr
}
