function "metrics_create_snapshot" {
  input {
    text user_id
  }
  stack {
    function.run "Workers_snapshot" {
      input = {user_id: $input.user_id}
    } as $r
  }
  response = $r
}
