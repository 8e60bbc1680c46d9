// Our reconstruction of function 8140 before its fix: the two bugs of the seed report.
function "Workers/Metrics - Create Snapshot" {
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
    db.add "metrics_snapshots" {
      data = {
        user_id: $user.id,
        agent_id: $user.agent_id,
        snapshot_type: $input.snapshot_type,
        open_transactions: $lifecycle_open_result.transactions_updated
      }
    } as $snapshot
  }
  response = {success: true, data: $snapshot, error: null, step: "complete"}
}
