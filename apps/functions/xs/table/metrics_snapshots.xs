table "metrics_snapshots" {
  description = "Hourly per-user transaction metrics."
  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }
    timestamp snapshot_at
    int open_count?=0
    int open_updated?=0
    int closed_count?=0
    int closed_updated?=0
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "user_id"}, {name: "snapshot_at"}]}
  ]
}
