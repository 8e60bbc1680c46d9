workflow_test "rejects a job without a user" {
  stack {
    expect.to_throw {
      exception = "user not found"
      stack {
        function.call "Workers/FUB - Onboard" {
          input = {user_id: 0}
        } as $result
      }
    }
  }
}
