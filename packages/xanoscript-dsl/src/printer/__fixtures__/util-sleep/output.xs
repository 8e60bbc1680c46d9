function "Workers/SkySlope - Back Off" {
  input {
    int attempt
  }
  stack {
    util.sleep {
      value = 2
    }
    util.sleep {
      value = ($input.attempt * 5)|min:60
    }
  }
  response = $input.attempt + 1
}
