function "Utils/Type Filters" {
  input {
    json value
  }
  stack {
    var $kind {
      value = {
        object: $input.value|is_object,
        array: $input.value|is_array,
        int: $input.value|is_int,
        decimal: $input.value|is_decimal,
        bool: $input.value|is_bool,
        text: $input.value|is_text,
        "null": $input.value|is_null
      }
    }
    var $as_text {
      value = $input.value|to_text
    }
    var $as_int {
      value = $input.value|to_int
    }
    var $as_decimal {
      value = $input.value|to_decimal
    }
    var $as_bool {
      value = $input.value|to_bool
    }
  }
  response = {
    kind: $kind,
    text: $as_text,
    int: $as_int,
    decimal: $as_decimal,
    bool: $as_bool
  }
}
