run.job "Backfill metrics snapshots" {
  main = {
    name: "Tasks/Metrics - Create Snapshot",
    input: {user_id: "60", snapshot_type: "daily"}
  }
  env = ["REZEN_BASE_URL", "FUB_BASE_URL"]
}
