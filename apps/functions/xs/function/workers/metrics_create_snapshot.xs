function "Workers/Metrics - Create Snapshot" {
  description = "Writes one metrics snapshot for a user (run hourly by task 2433)."
  input {
    text user_id {
      description = "User id as text, as the hourly task sends it"
    }
  }
  stack {
    var $user_id_int {
      value = $input.user_id|to_int|first_notempty:0
    }
    precondition ($user_id_int > 0) {
      error_type = "inputerror"
      error = "user_id must be a positive integer"
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
    var $open_updated {
      value = $lifecycle_open_result|get:"data":({})|get:"transactions_updated":0
    }
    function.run "Workers/Metrics - Transactions by Lifecycle Group" {
      input = {user_id: $user_id_int, lifecycle_group: "closed"}
    } as $lifecycle_closed_result
    var $closed_updated {
      value = $lifecycle_closed_result|get:"data":({})|get:"transactions_updated":0
    }
    db.query "transaction" {
      where = ($db.transaction.user_id == $user_id_int) && ($db.transaction.lifecycle_state == "open")
      return = {type: "count"}
    } as $open_count
    db.query "transaction" {
      where = ($db.transaction.user_id == $user_id_int) && ($db.transaction.lifecycle_state == "closed")
      return = {type: "count"}
    } as $closed_count
    db.add "metrics_snapshots" {
      data = {
        user_id: $user.id,
        snapshot_at: now,
        open_count: $open_count,
        open_updated: $open_updated,
        closed_count: $closed_count,
        closed_updated: $closed_updated
      }
    } as $snapshot
  }
  response = {
    success: true,
    data: {
      snapshot_id: $snapshot.id,
      open_updated: $open_updated,
      closed_updated: $closed_updated
    },
    error: null,
    step: "complete"
  }
}
