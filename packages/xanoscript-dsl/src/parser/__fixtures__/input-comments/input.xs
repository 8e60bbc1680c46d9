function "Workers/FUB - Get Calls" {
  input {
    // The V2 user id
    int user_id
    // Page window for the FUB API
    int offset?=0
    int limit?=100
    //  two spaces after the slashes are kept
    text? since?
  }
  stack {
    function.run "Workers/FUB - Fetch Calls" {
      input = {user_id: $input.user_id, offset: $input.offset, limit: $input.limit}
    } as $calls
  }
  response = $calls
}
