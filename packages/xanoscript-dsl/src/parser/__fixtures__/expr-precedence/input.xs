function "Utils/Commission Split" {
  input {
    decimal gci
    decimal split
    decimal fee
    decimal cap_remaining
  }
  stack {
    var $agent_share {
      value = $input.gci * $input.split
    }
    var $after_fee {
      value = ($input.gci * $input.split) - $input.fee
    }
    var $with_bonus {
      value = $input.fee + ($input.gci * $input.split)
    }
    var $grouped {
      value = ($input.gci - $input.fee) * $input.split
    }
    var $left_chain {
      value = ($input.gci - $input.fee) - $input.cap_remaining
    }
    var $right_nested {
      value = $input.gci - ($input.fee - $input.cap_remaining)
    }
    var $product {
      value = $input.gci * $input.split * 0.5
    }
    var $sum {
      value = $input.gci + $input.fee + $input.cap_remaining
    }
    var $mixed {
      value = ($input.gci + $input.fee) - $input.cap_remaining
    }
  }
  response = {agent_share: $agent_share, after_fee: $after_fee, product: $product, sum: $sum}
}
