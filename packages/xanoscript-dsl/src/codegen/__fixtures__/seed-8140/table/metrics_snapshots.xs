table "metrics_snapshots" {
  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }
    int agent_id?
    text snapshot_type
    int open_transactions
  }
}
