function "Utils/Counters" {
  input {
  }
  stack {
    var $count {
      value = 0
    }
    var $label {
      description = "display label"
      value = "jobs"
    }
    math.add $count {
      value = 1
    }
    debug.log {
      value = $count
    }
    var.update $label {
      value = $label ~ "!"
    }
  }
  response = $count
}
