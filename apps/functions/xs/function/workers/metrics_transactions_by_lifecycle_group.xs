function "Workers/Metrics - Transactions by Lifecycle Group" {
  description = "Marks the metrics of a user's transactions in one lifecycle group as refreshed."
  input {
    int user_id
    enum lifecycle_group {
      values = ["open", "pending", "closed", "terminated"]
    }
  }
  stack {
    db.query "transaction" {
      where = ($db.transaction.user_id == $input.user_id) && ($db.transaction.lifecycle_state == $input.lifecycle_group)
    } as $transactions
    var $updated {
      value = 0
    }
    foreach ($transactions) {
      each as $txn {
        db.edit "transaction" {
          field_name = "id"
          field_value = $txn.id
          data = {metrics_updated_at: now}
        }
        var.update $updated {
          value = $updated + 1
        }
      }
    }
  }
  response = {
    success: true,
    data: {lifecycle_group: $input.lifecycle_group, transactions_updated: $updated},
    error: null,
    step: "complete"
  }
}
