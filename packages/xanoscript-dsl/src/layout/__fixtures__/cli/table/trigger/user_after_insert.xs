table_trigger "User After Insert" {
  table = "user"
  actions = {insert: true, update: false, delete: false, truncate: false}
  input {
    json new
    json old
  }
  stack {
  }
}
