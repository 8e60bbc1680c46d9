function "Utils/Counters" {
  input {
    json counts
    text key
  }
  stack {
    var $next {
      value = $input.counts|set:$input.key:(($input.counts|get:$input.key:0) + 1)
    }
    var $label {
      value = $input.counts|set:"label":("count of " ~ $input.key)
    }
    var $flag {
      value = $input.counts|set:"over":(($input.counts|get:$input.key:0) > 100)
    }
    var $picked {
      value = $input.counts|get:($input.key|to_lower):0
    }
  }
  response = {next: $next, label: $label, flag: $flag, picked: $picked}
}
