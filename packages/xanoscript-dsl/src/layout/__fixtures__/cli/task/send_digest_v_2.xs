task "Send Digest V2" {
  stack {
    function.run "Workers/Send Email" {
      input = {user_id: "1"}
    } as $r
  }
  schedule = [{starts_on: 2026-01-01 08:00:00+0000, freq: 3600}]
}
