query "admin/fub-sync-jobs/{job_id}" verb=DELETE {
  api_group = "MCP: System"
  description = "Deletes one FUB sync job"
  auth = "user"
  input {
    int job_id
  }
  stack {
    db.del "fub_sync_jobs" {
      field_name = "id"
      field_value = $input.job_id
    }
  }
  response = {deleted: $input.job_id}
}
