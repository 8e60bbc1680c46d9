function "Utils/Contribution Rollup" {
  input {
    json contributions
  }
  stack {
    var $ids {
      value = $input.contributions|map:$$.id
    }
    var $paid {
      value = $input.contributions|filter:($$.status == "paid")
    }
    var $large {
      value = $input.contributions|filter:($$.amount > 1000)|count
    }
    var $total {
      value = $input.contributions|reduce:($result + $$.amount):0
    }
    var $any_tier_one {
      value = $input.contributions|some:($$.tier == 1)
    }
    var $all_positive {
      value = $input.contributions|every:($$.amount >= 0)
    }
    var $first_pending {
      value = $input.contributions|find:($$.status == "pending")
    }
    var $labels {
      value = $input.contributions|map:("Tier " ~ $$.tier ~ " #" ~ $index)
    }
  }
  response = {
    ids: $ids,
    paid: $paid|count,
    large: $large,
    total: $total,
    any_tier_one: $any_tier_one,
    all_positive: $all_positive,
    first_pending: $first_pending,
    labels: $labels
  }
}
