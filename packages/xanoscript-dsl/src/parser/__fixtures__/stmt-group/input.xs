function "Tasks/Chart Transactions Aggregate" {
  input {
    int user_id
  }
  stack {
    group {
      description = "Load"
      stack {
        db.query "transaction" {
          where = $db.transaction.user_id == $input.user_id
          output = ["id", "closing_date", "sale_price", "closed"]
        } as $txns
      }
    }
    group {
      description = "Aggregate"
      stack {
        var $closed {
          value = $txns|filter:$$.closed
        }
        var $volume {
          value = $closed|map:$$.sale_price|sum
        }
      }
    }
  }
  response = {count: $closed|count, volume: $volume}
}
