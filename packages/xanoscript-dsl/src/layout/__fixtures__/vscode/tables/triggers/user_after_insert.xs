table_trigger "user_after_insert" {
  table = "user"
  actions = {insert: true, update: false, delete: false, truncate: false}
  input {
    json new
    json old
  }
  stack {
  }
}
