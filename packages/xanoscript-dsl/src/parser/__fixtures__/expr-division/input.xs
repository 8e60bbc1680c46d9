function "Utils/Average Sale Price" {
  input {
    decimal volume
    int units
  }
  stack {
    var $average {
      value = $input.volume / $input.units
    }
    var $per_thousand {
      value = ($input.volume / $input.units) / 1000
    }
  }
  response = {average: $average, per_thousand: $per_thousand}
}
