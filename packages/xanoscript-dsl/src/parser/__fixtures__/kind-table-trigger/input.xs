table_trigger "transaction_audit" {
  table = "transaction"
  description = "Records status changes of transactions in transaction_history"
  actions = {insert: true, update: true, delete: false, truncate: false}
  datasources = ["live"]
  active = true
  tags = ["audit"]
  history = 100
  input {
    json new
    json old
    enum action {
      values = ["insert", "update", "delete", "truncate"]
    }
    text datasource
  }
  stack {
    conditional {
      if (($input.new|get:"status":null) != ($input.old|get:"status":null)) {
        db.add "transaction_history" {
          data = {
            transaction_id: $input.new.id,
            old_status: $input.old|get:"status":null,
            new_status: $input.new.status,
            action: $input.action,
            created_at: now
          }
        }
      }
    }
  }
}
