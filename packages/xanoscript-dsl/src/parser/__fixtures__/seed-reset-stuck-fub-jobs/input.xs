query "reset-stuck-fub-jobs" verb=POST {
  api_group = "Migration: V1 to V2"
  description = "Finds fub_onboarding_jobs claimed as In Process but never started and resets them to New"
  tags = ["migration", "fub", "repair"]
  input {
    int execute?=0 {
      description = "1 resets the jobs; any other value only previews them"
    }
  }
  stack {
    db.query "fub_onboarding_jobs" {
      where = ($db.fub_onboarding_jobs.status == "In Process") && ($db.fub_onboarding_jobs.started == null)
      sort = {id: "asc"}
      return = {type: "list"}
    } as $stuck_jobs
    var $reset_ids {
      value = []
    }
    conditional {
      if ($input.execute == 1) {
        foreach ($stuck_jobs) {
          each as $job {
            db.edit "fub_onboarding_jobs" {
              field_name = "id"
              field_value = $job.id
              data = {status: "New"}
            }
            array.push $reset_ids {
              value = $job.id
            }
          }
        }
      }
    }
  }
  response = {
    success: true,
    mode: ($input.execute == 1) ? "execute" : "preview",
    stuck_found: $stuck_jobs|count,
    reset_count: $reset_ids|count,
    job_ids: $stuck_jobs|map:$$.id
  }
}
