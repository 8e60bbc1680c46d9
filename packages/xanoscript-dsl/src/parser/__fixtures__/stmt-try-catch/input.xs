function "Workers/reZEN - Contributions" {
  input {
    int user_id
  }
  stack {
    var $result {
      value = {success: false, data: null, error: null, step: "contributions"}
    }
    try_catch {
      try {
        function.run "Workers/reZEN - Fetch Contributions" {
          input = {user_id: $input.user_id}
        } as $fetched
        var.update $result {
          value = {
            success: true,
            data: $fetched|get:"data":[],
            error: null,
            step: "contributions"
          }
        }
      }
      catch {
        var.update $result.error {
          value = $error|get:"message":"Unknown error"
        }
        db.add "error logs" {
          data = {
            function_name: "Workers/reZEN - Contributions",
            message: $error|get:"message":"Unknown error",
            user_id: $input.user_id,
            notified_on_slack: false
          }
        }
      }
    }
  }
  response = $result
}
