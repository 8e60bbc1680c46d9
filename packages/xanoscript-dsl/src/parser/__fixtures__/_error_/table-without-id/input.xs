table "metrics_snapshots" {
  schema {
    int user_id
    timestamp created_at?=now
  }
}
