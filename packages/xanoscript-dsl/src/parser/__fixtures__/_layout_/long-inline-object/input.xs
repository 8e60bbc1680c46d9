function "Workers/Metrics - Snapshot Row" {
  input {
    int user_id
  }
  stack {
    db.add "metrics_snapshots" {
      data = {user_id: $input.user_id, snapshot_type: "hourly", open_transactions: 0, closed_transactions: 0, created_at: now}
    } as $row
    var $headers {
      value = ["Accept: application/json", "Content-Type: application/json", "X-Request-Source: xano-v2"]
    }
  }
  response = $row
}
