function "Utils/Status Color" {
  input {
    text status
  }
  stack {
    var $color {
      value = "grey"
    }
    switch ($input.status) {
      case ("COMPLETED") {
        var.update $color {
          value = "green"
        }
      } break
      case ("ERROR") {
        var.update $color {
          value = "red"
        }
      } break
    }
  }
  response = $color
}
