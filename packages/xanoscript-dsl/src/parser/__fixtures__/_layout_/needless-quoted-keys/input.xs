function "Utils/Quoted Keys" {
  input {
  }
  stack {
    var $row {
      value = {"user_id": 60, "agent_id": 37208, "team-id": 1, "null": 0}
    }
  }
  response = $row
}
