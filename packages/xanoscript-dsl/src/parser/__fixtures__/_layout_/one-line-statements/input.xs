function "Utils/Counters" {
  input {
  }
  stack {
    var $count { value = 0 }
    var $label { value = "jobs", description = "display label" }
    math.add $count { value = 1 }
    debug.log { value = $count }
    var.update $label { value = $label ~ "!" }
  }
  response = $count
}
