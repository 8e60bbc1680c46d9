function "Archive/Backup/Metrics - Create Snapshot_0" {
  description = "Older copy of 8140 kept for reference"
  input {
    text user_id
  }
  stack {
  }
  response = null
}
