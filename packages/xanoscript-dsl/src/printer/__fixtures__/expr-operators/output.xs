function "Workers/Transactions - Commission Math" {
  input {
    decimal sale_price
    decimal rate?=0.03
    int split_percent?=70
    int deal_count
    text agent_name
    bool is_team_lead?=false
    text nickname?
  }
  stack {
    var $gross {
      value = $input.sale_price * $input.rate
    }
    var $net {
      value = ($gross * $input.split_percent) / 100
    }
    var $fee {
      value = ($gross - $net) + 25
    }
    var $nested {
      value = $gross - ($net + $fee)
    }
    var $odd_deal {
      value = ($input.deal_count|modulus:2) == 1
    }
    var $big_deal {
      value = ($input.sale_price >= 1000000) && ($input.deal_count > 3) && $odd_deal
    }
    var $either {
      value = $big_deal || $input.is_team_lead || ($input.deal_count <= 0)
    }
    var $not_lead {
      value = $input.is_team_lead|not
    }
    var $label {
      value = $input.agent_name ~ " (" ~ $input.deal_count ~ " deals)"
    }
    var $tier {
      value = $big_deal ? "platinum" : (($input.deal_count > 10) ? "gold" : "silver")
    }
    var $shown_name {
      value = $input.nickname ?? $input.agent_name
    }
    var $long_name {
      value = (($input.agent_name|strlen) > 20) && ($input.agent_name != "")
    }
  }
  response = {
    gross: $gross,
    net: $net,
    fee: $fee,
    nested: $nested,
    either: $either,
    not_lead: $not_lead,
    label: $label,
    tier: $tier,
    shown: $shown_name,
    long_name: $long_name,
    changed: ($input.rate < 0.03) || ($input.split_percent != 70)
  }
}
