function "Utils/Build Slack Line" {
  input {
    text message
    text level?="warning"
  }
  stack {
    var $line {
      value = $input.message
    }
    text.trim $line {
      value = " "
    }
    text.prepend $line {
      value = ":yellow_circle: "
    }
    text.append $line {
      value = " (" ~ $input.level ~ ")"
    }
    text.ltrim $line {
      value = " "
    }
    text.rtrim $line {
      value = "."
    }
  }
  response = $line
}
