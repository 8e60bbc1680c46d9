function "Utils/Safe Result Access" {
  input {
    json result
  }
  stack {
    var $data {
      value = $input.result|get:"data":({})
    }
    var $people {
      value = $input.result|get:"data":({})|get:"people":[]
    }
    var $status {
      value = $input.result|get:"response":({})|get:"status":0
    }
    var $team_members {
      value = $input.result|get:"response":({})|get:"result":({})|get:"teamMembers":[]
    }
    var $has_error {
      value = $input.result|has:"error"
    }
  }
  response = {data: $data, people: $people, status: $status, team_members: $team_members}
}
