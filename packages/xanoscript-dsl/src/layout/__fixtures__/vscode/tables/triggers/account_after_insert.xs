table_trigger "account_after_insert" {
  table = "account"
  actions = {insert: true, update: false, delete: false, truncate: false}
  input {
    json new
    json old
  }
  stack {
  }
}
