// Flags orders over 1000 when they are inserted; the trigger's where keeps the others out.
table_trigger "flag_big_order" {
  table = "order"
  input {
    json new
    json old
    enum action {
      values = ["insert", "update", "delete", "truncate"]
    }

    text datasource
  }

  stack {
    debug.log {
      value = $input.new
    }
  }

  where = $db.NEW.total > 1000
  actions = {insert: true}
  datasources = ["live"]
}
