// List and object filters the DSL types: callbacks over $$, pick and friends, optional arguments.
function "summarize" {
  input {
    json lines
    json raw
    text secret
    text code?
  }

  stack {
    var $items { value = $input.lines|safe_array }
    var $paid { value = $items|filter:$$.paid == true }
    var $amounts { value = $paid|map:$$.amount }
    var $has_refund { value = $items|some:$$.refund > 0 }
    var $all_named { value = $items|every:($$.name|strlen) > 0 }
    var $first_big { value = $items|find:$$.amount > 100 }
    var $first_big_at { value = $items|findIndex:$$.amount > 100 }
    var $kept { value = $input|pick:($input.raw|keys) }
    var $rest { value = $input|unpick:["secret"] }
    var $pairs { value = $input.raw|entries }
    var $tail { value = $items|slice:1 }
    var $code { value = ($input.code|first_notnull:"")|substr:2 }
    var $trimmed { value = $input.secret|trim:"/" }
    var $count_plus { value = ($items|count)|add:1 }
    var $count_minus { value = ($items|count)|subtract:1 }
    var $by_name { value = $items|unique:"name" }
    var $no_zero { value = $amounts|remove:0 }
    var $common { value = $amounts|intersect:[1, 2] }
    var $other { value = $amounts|diff:[1, 2] }
    var $index { value = $items|index_by:"name" }
    var $mean { value = $amounts|avg }
    var $least { value = $amounts|min }
    var $named { value = $items|filter_null:"name" }
    var $decoded { value = $input.secret|url_decode }
    var $encoded { value = $input.secret|url_encode_rfc3986 }
    var $signature { value = $input.secret|hmac_sha256:"key":true }
    var $digits { value = "/[0-9]+/"|regex_get_all_matches:$input.secret }
    var $flags { value = {}|set_conditional:"refund":true:$has_refund }
    var $same { value = ($items|count)|equals:2 }
  }

  response = {amounts: $amounts, kept: $kept, rest: $rest, pairs: $pairs, tail: $tail, code: $code, trimmed: $trimmed, plus: $count_plus, minus: $count_minus, by_name: $by_name, no_zero: $no_zero, common: $common, other: $other, index: $index, mean: $mean, least: $least, named: $named, decoded: $decoded, encoded: $encoded, signature: $signature, digits: $digits, flags: $flags, same: $same, first_big: $first_big, first_big_at: $first_big_at, all_named: $all_named, has_refund: $has_refund}
}
