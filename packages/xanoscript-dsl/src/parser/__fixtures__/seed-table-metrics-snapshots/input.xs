table "metrics_snapshots" {
  auth = false
  description = "Hourly per-user metrics written by Workers/Metrics - Create Snapshot"
  tags = ["metrics"]
  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }
    int? agent_id? {
      table = "agent"
    }
    enum snapshot_type?="hourly" {
      values = ["hourly", "daily", "monthly"]
    }
    int open_transactions?=0
    int closed_transactions?=0
    int pending_transactions?=0
    decimal gci_ytd?=0
    decimal volume_ytd?=0
    json details?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {
      type: "btree",
      field: [{name: "user_id", op: "asc"}, {name: "created_at", op: "desc"}]
    }
  ]
}
