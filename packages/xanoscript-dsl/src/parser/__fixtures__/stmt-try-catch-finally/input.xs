function "Tasks/FUB - Run Sync Job" {
  input {
    int job_id
  }
  stack {
    db.edit "fub_sync_jobs" {
      field_name = "id"
      field_value = $input.job_id
      data = {people_status: "IN_PROGRESS", people_last_started_at: now}
    }
    try_catch {
      try {
        function.run "Workers/FUB - Get People" {
          input = {job_id: $input.job_id}
        } as $people
        var $status {
          value = "COMPLETED"
        }
      }
      catch {
        var $status {
          value = "ERROR"
        }
      }
      finally {
        db.edit "fub_sync_jobs" {
          field_name = "id"
          field_value = $input.job_id
          data = {people_status: $status, people_last_finished_at: now}
        }
      }
    }
  }
  response = $status
}
