function "Tasks/FUB - Onboarding Jobs" {
  description = "Claims the oldest New job, marks it In Process with started set, and runs each entity worker"
  input {
  }
  stack {
    db.query "fub_onboarding_jobs" {
      where = $db.fub_onboarding_jobs.status == "New"
      sort = {created_at: "asc"}
      return = {type: "single"}
    } as $job
    precondition ($job != null) {
      error_type = "notfound"
      error = "No New jobs"
    }
    db.edit "fub_onboarding_jobs" {
      field_name = "id"
      field_value = $job.id
      data = {status: "In Process", started: now}
    }
    var $errors {
      value = []
    }
    foreach (["people", "calls", "events", "appointments"]) {
      each as $entity {
        try_catch {
          try {
            function.run "Workers/FUB - Lambda Coordinator" {
              input = {ad_user_id: $job.user_id, endpoint_type: $entity}
            }
          }
          catch {
            array.push $errors {
              value = {entity: $entity, message: $error|get:"message":"unknown"}
            }
          }
        }
      }
    }
    db.edit "fub_onboarding_jobs" {
      field_name = "id"
      field_value = $job.id
      data = {status: "Complete", finished: now, error_message: $errors|json_encode}
    }
  }
  response = {
    success: ($errors|count) == 0,
    data: {job_id: $job.id},
    error: $errors,
    step: "onboarding"
  }
}
