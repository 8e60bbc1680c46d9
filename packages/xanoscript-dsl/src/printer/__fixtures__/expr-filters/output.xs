function "Workers/reZEN - Normalize Payload" {
  input {
    text agent_name
    text mls_number
    decimal sale_price
    int flags
    text[] tags
    int[] agent_ids
    timestamp closed_at
    json payload
  }
  stack {
    var $text {
      value = {
        clean: $input.agent_name|trim|to_lower,
        shout: $input.agent_name|to_upper,
        length: $input.agent_name|strlen,
        initials: $input.agent_name|substr:0:2,
        parts: $input.agent_name|split:" ",
        dashed: $input.agent_name|replace:" ":"-",
        digits: $input.mls_number|regex_replace:"[^0-9]":"",
        is_team: $input.agent_name|contains:"Team",
        is_mls: $input.mls_number|starts_with:"MLS",
        is_llc: $input.agent_name|ends_with:"LLC",
        at: $input.agent_name|index:"@",
        mls_int: $input.mls_number|to_int|first_notempty:0,
        decoded: $input.mls_number|json_decode
      }
    }
    var $numbers {
      value = {
        floor: $input.sale_price|floor,
        ceil: $input.sale_price|ceil,
        rounded: $input.sale_price|round:2,
        whole: $input.sale_price|round,
        abs: $input.sale_price|abs,
        root: $input.sale_price|sqrt,
        squared: $input.sale_price|pow:2,
        capped: $input.sale_price|min:1000000,
        floored: $input.sale_price|max:0,
        commission: $input.sale_price|multiply:0.03,
        low_bits: $input.flags|bitwise_and:255,
        toggled: $input.flags|bitwise_xor:1,
        as_decimal: $input.flags|to_decimal,
        as_text: $input.sale_price|to_text,
        as_bool: $input.flags|to_bool,
        as_time: $input.flags|to_timestamp
      }
    }
    var $arrays {
      value = {
        count: $input.tags|count,
        first: $input.tags|first,
        last: $input.tags|last,
        page: $input.tags|slice:0:10,
        reversed: $input.tags|reverse,
        unique: $input.tags|unique,
        sorted: $input.tags|sort,
        joined: $input.tags|unique|sort|join:", ",
        pushed: $input.tags|push:"rezen",
        appended: $input.tags|append:"synced",
        merged: $input.agent_ids|merge:[1, 2],
        popped: $input.agent_ids|pop,
        second: $input.agent_ids|get:1:0,
        empty: $input.tags|is_empty,
        encoded: $input.tags|json_encode
      }
    }
    var $times {
      value = {
        day: $input.closed_at|format_timestamp:"Y-m-d":"America/New_York",
        iso: now|format_timestamp:"c",
        week_ago: now|transform_timestamp:"-7 days",
        in_an_hour: $input.closed_at|add_secs_to_timestamp:3600,
        ms: $input.closed_at|to_int
      }
    }
  }
  response = {
    agent_email: $input.payload|get:"agent":({})|get:"email":""|to_lower,
    price: $input.payload|get:"price":({})|get:"amount":0|round:2,
    has_team: $input.payload|has:"team",
    without_id: $input.payload|unset:"id",
    marked: $input.payload|set:"synced":true|merge:({source: "rezen"}),
    keys: $input.payload|keys,
    size: $input.payload|count,
    owner: $input.payload|get:"owner_id":null|first_notnull:0
  }
}
