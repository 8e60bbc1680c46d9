function "Jobs/Open Jobs" {
  input {
    int[] skip_ids?
  }
  stack {
    db.query "fub_onboarding_jobs" {
      where = $db.fub_onboarding_jobs.id not in? $input.skip_ids
      return = {type: "list"}
    } as $jobs
  }
  response = $jobs
}
