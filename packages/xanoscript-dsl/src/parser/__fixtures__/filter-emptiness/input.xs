function "Utils/Clean Payload" {
  input {
    json payload
  }
  stack {
    var $no_nulls {
      value = $input.payload|filter_null
    }
    var $no_empty {
      value = $input.payload|filter_empty
    }
    var $no_empty_text {
      value = $input.payload|filter_empty_text
    }
    var $is_empty {
      value = $input.payload|is_empty
    }
    var $phone {
      value = $input.payload|get:"cell_phone":null|first_notempty:"n/a"
    }
    var $email {
      value = $input.payload|get:"email":null|first_notnull:""
    }
  }
  response = {no_nulls: $no_nulls, no_empty: $no_empty, is_empty: $is_empty, phone: $phone}
}
