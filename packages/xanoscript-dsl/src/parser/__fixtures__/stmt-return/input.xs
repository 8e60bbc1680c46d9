function "Workers/reZEN - Network Downline" {
  input {
    int user_id
  }
  stack {
    db.query "rezen_onboarding_jobs" {
      where = ($db.rezen_onboarding_jobs.user_id == $input.user_id) && ($db.rezen_onboarding_jobs.status == "New")
      return = {type: "list"}
    } as $jobs
    conditional {
      if (($jobs|count) == 0) {
        return {
          value = {success: false, skipped: true, message: "No pending onboarding jobs found"}
        }
      }
    }
    function.run "Workers/reZEN - Load Downline" {
      input = {user_id: $input.user_id, job_id: $jobs|first|get:"id"}
    } as $loaded
  }
  response = {success: true, data: $loaded, error: null, step: "network_downline"}
}
