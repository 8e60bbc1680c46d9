query "test-metrics-create-snapshot" verb=POST {
  api_group = "Migration: V1 to V2"
  description = "Runs Workers/Metrics - Create Snapshot for one user and returns its result."
  input {
    text user_id
  }
  stack {
    function.run "Workers/Metrics - Create Snapshot" {
      input = {user_id: $input.user_id}
    } as $snapshot_result
  }
  response = {
    success: $snapshot_result|get:"success":false,
    data: $snapshot_result|get:"data":({}),
    error: $snapshot_result|get:"error":null,
    step: "test-metrics-create-snapshot"
  }
}
