function "Utils/Number Literals" {
  input {
  }
  stack {
    var $values {
      value = {
        zero: 0,
        negative: -1,
        decimal: 2.50,
        small: 0.001,
        negative_decimal: -0.5,
        large: 25200,
        timeout: 86400
      }
    }
    var $difference {
      value = $values.large - 1
    }
    var $offset {
      value = $values.negative + -1
    }
  }
  response = {values: $values, difference: $difference, offset: $offset}
}
