// Resets stuck FUB jobs.

// Second paragraph of the header.
query "reset-stuck-fub-jobs" verb=POST {

  api_group = "Migration: V1 to V2"

  input {

    int execute?=0

  }

  stack {

    // find the stuck jobs

    db.query "fub_onboarding_jobs" {
      where = $db.fub_onboarding_jobs.status == "In Process"
    } as $jobs

  }

  response = $jobs

}
