query "test-metrics-create-snapshot" verb=POST {
  api_group = "Migration: V1 to V2"
  description = "Runs Workers/Metrics - Create Snapshot for one user so the fix can be checked by hand"
  tags = ["migration", "metrics", "test"]
  input {
    text user_id?="60"
  }
  stack {
    function.run "Workers/Metrics - Create Snapshot" {
      input = {user_id: $input.user_id, snapshot_type: "hourly"}
    } as $result
  }
  response = $result
}
