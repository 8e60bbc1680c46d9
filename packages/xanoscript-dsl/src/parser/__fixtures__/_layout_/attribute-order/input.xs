query "fub/jobs/{id}" verb=PATCH {
  input {
    int id
    enum status {
      description = "The new status"
      values = ["New", "In Process", "Complete"]
    }
  }
  description = "Moves one FUB onboarding job to a new status"
  auth = "user"
  api_group = "Migration: V1 to V2"
  stack {
    db.edit "fub_onboarding_jobs" {
      data = {status: $input.status, started: now}
      field_value = $input.id
      field_name = "id"
    } as $job
    foreach ($job.entities) {
      each as $entity {
        debug.log {
          value = $entity
        }
      }
      description = "log every entity of the job"
    }
  }
  response = $job
}
