function "Workers/Metrics - Transactions by Lifecycle Group" {
  input {
    int user_id
    text lifecycle_group
  }
  stack {
    var $count {
      value = 0
    }
  }
  response = {
    success: true,
    data: {transactions_updated: $count},
    error: null,
    step: "complete"
  }
}
