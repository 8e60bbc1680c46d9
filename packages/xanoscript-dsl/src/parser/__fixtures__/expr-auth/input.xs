query "me/dashboard" verb=GET {
  api_group = "Frontend API v2"
  auth = "user"
  input {
  }
  stack {
    db.query "metrics_snapshots" {
      where = $db.metrics_snapshots.user_id == $auth.id
      sort = {created_at: "desc"}
      return = {type: "single"}
    } as $snapshot
    db.query "transaction" {
      where = ($db.transaction.user_id == $auth.id) && ($db.transaction.closed == false)
      return = {type: "count"}
    } as $open_count
  }
  response = {
    user_id: $auth.id,
    session: $auth.extras,
    snapshot: $snapshot,
    open: $open_count
  }
}
