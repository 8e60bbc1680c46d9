function "Utils/Parse MLS Number" {
  input {
    text value
  }
  stack {
    var $is_mls {
      value = "^[A-Z]{2}\d{6,8}$"|regex_matches:$input.value
    }
    var $digits {
      value = "\d+"|regex_get_first_match:$input.value
    }
    var $all_numbers {
      value = "\d+"|regex_get_all_matches:$input.value
    }
    var $cleaned {
      value = "[^A-Z0-9]"|regex_replace:"":$input.value
    }
    var $quoted {
      value = $input.value|regex_quote
    }
  }
  response = {is_mls: $is_mls, digits: $digits, all: $all_numbers, cleaned: $cleaned}
}
