function "Utils/Latest Snapshot" {
  input {
    int user_id
  }
  stack {
    db.query "metrics_snapshots" {
      where = $db.metrics_snapshots.user_id == $input.user_id
      sort = {created_at: "desc"}
      return = {type: "single"}
    } as $latest
  }
  response = $latest
}
