function "Workers/reZEN - Sync User" {
  input {
    int user_id
  }
  stack {
    function.run "Workers/reZEN - Sync Transactions" {
      input = {user_id: $input.user_id, lifecycle_group: "open"}
    } as $open_result
    function.run "Workers/reZEN - Sync Transactions" {
      input = {user_id: $input.user_id, lifecycle_group: "closed", full: true}
    } as $closed_result
    function.run "Utils/Ping reZEN" as $ping_result
    var $updated {
      value = ($open_result|get:"data":({})|get:"transactions_updated":0) + ($closed_result|get:"data":({})|get:"transactions_updated":0)
    }
  }
  response = {
    success: ($open_result|get:"success":false) && ($closed_result|get:"success":false),
    updated: $updated,
    error: ($open_result|get:"error":null) ?? ($closed_result|get:"error":null),
    rezen_up: $ping_result|get:"ok":false
  }
}
