function "Utils/Math Filters" {
  input {
    decimal amount
    decimal rate
  }
  stack {
    var $values {
      value = {
        added: $input.amount|add:10,
        subtracted: $input.amount|subtract:5,
        multiplied: $input.amount|multiply:$input.rate,
        divided: $input.amount|divide:12,
        remainder: $input.amount|modulus:7,
        squared: $input.amount|pow:2,
        root: $input.amount|sqrt,
        absolute: $input.amount|abs,
        rounded: $input.amount|round:2,
        floored: $input.amount|floor,
        ceiled: $input.amount|ceil,
        smaller: $input.amount|min:1000,
        larger: $input.amount|max:0,
        formatted: $input.amount|number_format:2:".":",",
        logged: $input.amount|log10
      }
    }
  }
  response = $values
}
