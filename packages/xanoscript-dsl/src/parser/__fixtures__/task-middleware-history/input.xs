task "FUB - Onboarding Calls Worker" {
  description = "Imports calls for FUB accounts in onboarding"
  active = true
  history = 10000
  middleware = {
    pre: [{name: "Tasks/Acquire Lock", required: true}],
    post: [{name: "Tasks/Release Lock"}]
  }
  tags = ["fub", "onboarding"]
  stack {
    db.query "fub_onboarding_jobs" {
      where = ($db.fub_onboarding_jobs.status == "In Process") && ($db.fub_onboarding_jobs.calls_status == "PENDING")
      return = {type: "list", paging: {page: 1, per_page: 5}}
    } as $jobs
    foreach ($jobs.items) {
      each as $job {
        function.run "Workers/FUB - Get Calls" {
          input = {user_id: $job.user_id}
        }
      }
    }
  }
  schedule = [{starts_on: 2025-12-01 00:00:00+0000, freq: 180}]
}
