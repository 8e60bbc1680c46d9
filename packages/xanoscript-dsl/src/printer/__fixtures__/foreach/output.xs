function "Workers/Metrics - Refresh Open Transactions" {
  input {
    int user_id
    text[] tags
  }
  stack {
    db.query "transaction" {
      where = ($db.transaction.user_id == $input.user_id) && ($db.transaction.lifecycle_state == "open")
    } as $transactions
    var $total_volume {
      value = 0
    }
    foreach ($transactions) {
      each as $txn {
        var.update $total_volume {
          value = $total_volume + ($txn.sale_price|first_notnull:0|to_decimal)
        }
        db.edit "transaction" {
          field_name = "id"
          field_value = $txn.id
          data = {metrics_updated_at: now}
        }
      }
    }
    var $labels {
      value = []
    }
    foreach ($input.tags) {
      each as $tag {
        var.update $labels {
          value = $labels|push:($tag|to_lower)
        }
      }
    }
  }
  response = {total_volume: $total_volume, labels: $labels}
}
