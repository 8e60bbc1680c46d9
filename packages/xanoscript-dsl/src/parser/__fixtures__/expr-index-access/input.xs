function "Utils/First Participant Agent" {
  input {
    json transaction
  }
  stack {
    var $participants {
      value = $input.transaction.participants
    }
    var $idx {
      value = 0
    }
    var $first_agent {
      value = $participants[0].agent_id
    }
    var $chosen {
      value = $participants[$idx].commission_split
    }
    var $nested {
      value = $input.transaction.participants[1].address.city
    }
  }
  response = {first_agent: $first_agent, chosen: $chosen, nested: $nested}
}
