task "FUB - Daily Update People" {
  description = "Queues a people delta sync for every connected FUB account"
  active = true
  tags = ["fub", "daily"]
  stack {
    db.query "fub_accounts" {
      where = $db.fub_accounts.active == true
    } as $accounts
    foreach ($accounts) {
      each as $account {
        db.add "fub_sync_jobs" {
          data = {
            user_id: $account.user_id,
            type: "people",
            people_status: "PENDING",
            created_at: now
          }
        }
      }
    }
  }
  schedule = [{starts_on: 2025-12-01 06:00:00+0000, freq: 900}]
  test "runs without error" {
    datasource = "test"
    expect.to_be_defined ($response)
  }
}
