function "Workers/FUB - Queue Onboarding" {
  input {
    int user_id
    int fub_account_id?
  }
  stack {
    db.add "fub_onboarding_jobs" {
      data = {
        created_at: now,
        user_id: $input.user_id,
        fub_account_id: $input.fub_account_id,
        status: "New"
      }
    } as $job
    db.add "audit_log" {
      data = {
        event: "fub_onboarding_queued",
        detail: {job_id: $job.id, user_id: $input.user_id}
      }
    }
  }
  response = $job.id
}
