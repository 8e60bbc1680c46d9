workflow_test "FUB onboarding resets stuck jobs" {
  description = "Previews the stuck job reset and checks the response shape"
  datasource = "test"
  tags = ["fub", "migration"]
  stack {
    api.call "reset-stuck-fub-jobs" verb=POST {
      api_group = "Migration: V1 to V2"
      input = {execute: 0}
    } as $preview
    expect.to_be_true ($preview.success)
    expect.to_equal ($preview.mode) {
      value = "preview"
    }
    function.call "Workers/Metrics - Create Snapshot" {
      input = {user_id: "60"}
    } as $snapshot
    expect.to_not_be_null ($snapshot.data)
    expect.to_be_within ($snapshot.data.open_transactions) {
      min = 0
      max = 100000
    }
  }
}
