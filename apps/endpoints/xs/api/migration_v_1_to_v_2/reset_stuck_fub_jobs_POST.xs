query "reset-stuck-fub-jobs" verb=POST {
  api_group = "Migration: V1 to V2"
  description = "Previews (default) or resets FUB onboarding jobs stuck In Process with no start time."
  input {
    int execute?=0 {
      description = "1 resets the jobs; anything else previews them"
    }
  }
  stack {
    db.query "fub_onboarding_jobs" {
      where = ($db.fub_onboarding_jobs.status == "In Process") && ($db.fub_onboarding_jobs.started == null)
      sort = {created_at: "asc"}
    } as $stuck_jobs
    var $job_ids {
      value = []
    }
    var $reset_count {
      value = 0
    }
    foreach ($stuck_jobs) {
      each as $job {
        var.update $job_ids {
          value = $job_ids|push:$job.id
        }
        conditional {
          if ($input.execute == 1) {
            db.edit "fub_onboarding_jobs" {
              field_name = "id"
              field_value = $job.id
              data = {status: "New"}
            }
            var.update $reset_count {
              value = $reset_count + 1
            }
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {
      mode: ($input.execute == 1) ? "execute" : "preview",
      stuck_count: $stuck_jobs|count,
      reset_count: $reset_count,
      job_ids: $job_ids
    },
    error: null,
    step: "complete"
  }
}
