function "Utils/Retry Until Done" {
  input {
    int max_attempts?=5
  }
  stack {
    var $attempt {
      value = 0
    }
    var $done {
      value = false
    }
    while (`($attempt < $input.max_attempts) && ($done == false)`) {
      each {
        math.add $attempt {
          value = 1
        }
        conditional {
          if (`$attempt >= ($input.max_attempts - 1)`) {
            var.update $done {
              value = true
            }
          }
        }
      }
    }
  }
  response = `$attempt * 2`
}
