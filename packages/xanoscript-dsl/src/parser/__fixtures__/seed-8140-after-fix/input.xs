function "Workers/Metrics - Create Snapshot" {
  description = "Writes one metrics_snapshots row for a user from the lifecycle group counts"
  tags = ["metrics", "workers"]
  input {
    text user_id
    text snapshot_type?="hourly"
  }
  stack {
    // Convert user_id from text to int
    var $user_id_int {
      value = $input.user_id|to_int|first_notempty:0
    }
    db.get "user" {
      field_name = "id"
      field_value = $user_id_int
    } as $user
    precondition ($user != null) {
      error_type = "notfound"
      error = "User not found"
    }
    function.run "Workers/Metrics - Transactions by Lifecycle Group" {
      input = {user_id: $user_id_int, lifecycle_group: "open"}
    } as $lifecycle_open_result
    function.run "Workers/Metrics - Transactions by Lifecycle Group" {
      input = {user_id: $user_id_int, lifecycle_group: "closed"}
    } as $lifecycle_closed_result
    // Safe nested data access
    var $open_updated {
      value = $lifecycle_open_result|get:"data":({})|get:"transactions_updated":0
    }
    var $closed_updated {
      value = $lifecycle_closed_result|get:"data":({})|get:"transactions_updated":0
    }
    db.add "metrics_snapshots" {
      data = {
        user_id: $user_id_int,
        agent_id: $user.agent_id,
        snapshot_type: $input.snapshot_type,
        open_transactions: $open_updated,
        closed_transactions: $closed_updated,
        created_at: now
      }
    } as $snapshot
  }
  response = {success: true, data: $snapshot, error: null, step: "complete"}
}
