function "Workers/Metrics - Create Snapshot" {
  description = "Writes one metrics_snapshots row for a user from the lifecycle group counts"
  tags = ["metrics", "workers"]
  input {
    text user_id
    text snapshot_type?="hourly"
  }
  stack {
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $user
    precondition ($user != null) {
      error_type = "notfound"
      error = "User not found"
    }
    function.run "Workers/Metrics - Transactions by Lifecycle Group" {
      input = {user_id: $user.id, lifecycle_group: "open"}
    } as $lifecycle_open_result
    function.run "Workers/Metrics - Transactions by Lifecycle Group" {
      input = {user_id: $user.id, lifecycle_group: "closed"}
    } as $lifecycle_closed_result
    db.add "metrics_snapshots" {
      data = {
        user_id: $user.id,
        agent_id: $user.agent_id,
        snapshot_type: $input.snapshot_type,
        open_transactions: $lifecycle_open_result.transactions_updated,
        closed_transactions: $lifecycle_closed_result.transactions_updated,
        created_at: now
      }
    } as $snapshot
  }
  response = {success: true, data: $snapshot, error: null, step: "complete"}
}
