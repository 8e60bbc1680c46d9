task "Metrics - Create Snapshot V3" {
  stack {
    function.run "Workers/Metrics - Create Snapshot" {
      input = {user_id: "1"}
    } as $run_result
  }
  schedule = [{starts_on: 2025-12-03 04:00:00+0000, freq: 3600}]
  guid = "Yt1Re2Wq3Po4Iu5Yt6Re7Wq8Az9x"
}