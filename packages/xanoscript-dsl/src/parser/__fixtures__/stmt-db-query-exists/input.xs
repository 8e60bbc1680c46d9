function "Utils/Has Pending FUB Job" {
  input {
    int user_id
  }
  stack {
    db.query "fub_onboarding_jobs" {
      where = ($db.fub_onboarding_jobs.user_id == $input.user_id) && ($db.fub_onboarding_jobs.status in ["New", "In Process"])
      return = {type: "exists"}
    } as $has_pending
  }
  response = $has_pending
}
