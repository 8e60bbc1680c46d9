function "Tasks/FUB - Fan Out Workers" {
  input {
    int user_id
  }
  stack {
    function.run "Workers/FUB - Get Calls" {
      input = {user_id: $input.user_id}
      async = true
    } as $calls_req
    function.run "Workers/FUB - Get Events" {
      input = {user_id: $input.user_id}
      async = true
    } as $events_req
  }
  response = {calls: $calls_req, events: $events_req}
}
