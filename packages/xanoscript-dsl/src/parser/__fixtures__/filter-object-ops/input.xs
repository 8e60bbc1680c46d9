function "Utils/Object Filters" {
  input {
    json agent
  }
  stack {
    var $public {
      value = $input.agent|unset:"api_key"|pick:["id", "first_name", "last_name", "email"]
    }
    var $without_ids {
      value = $input.agent|unpick:["agent_id_raw", "home_address_id"]
    }
    var $keys {
      value = $input.agent|keys
    }
    var $values {
      value = $input.agent|values
    }
    var $entries {
      value = $input.agent|entries
    }
    var $patched {
      value = $public|set_ifnotempty:"team_id":$input.agent.team_id|set_conditional:"capped":true:($input.agent.cap_amount > 0)
    }
  }
  response = {public: $public, keys: $keys, patched: $patched}
}
