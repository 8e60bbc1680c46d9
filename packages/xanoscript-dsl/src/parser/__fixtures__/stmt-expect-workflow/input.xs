workflow_test "Metrics snapshot after fix" {
  description = "Runs the fixed 8140 worker through its test endpoint"
  datasource = "test"
  stack {
    api.call "test-metrics-create-snapshot" verb=POST {
      api_group = "Migration: V1 to V2"
      input = {user_id: "60"}
    } as $result
    expect.to_be_true ($result.success)
    expect.to_be_null ($result.error)
    expect.to_not_be_defined ($result.data.transactions_updated)
    expect.to_be_greater_than ($result.data.id) {
      value = 0
    }
    expect.to_be_less_than ($result.data.open_transactions) {
      value = 100000
    }
    expect.to_be_empty ($result.error)
    expect.to_be_in_the_future ($result.data.created_at|add_secs_to_timestamp:3600)
  }
}
