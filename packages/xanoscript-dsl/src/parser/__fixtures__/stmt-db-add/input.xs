function "Workers/reZEN - Create Onboarding Job" {
  input {
    int user_id
  }
  stack {
    db.add "rezen_onboarding_jobs" {
      data = {
        user_id: $input.user_id,
        status: "New",
        transaction_data_loaded: false,
        listing_data: false,
        created_at: now
      }
    } as $job
  }
  response = {success: true, data: $job, error: null, step: "create_job"}
}
