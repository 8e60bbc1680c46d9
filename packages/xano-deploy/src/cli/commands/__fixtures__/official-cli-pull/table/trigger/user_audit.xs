table_trigger "User Audit" {
  table = "user"
  actions = {insert: true, update: true, delete: false, truncate: false}
  input {
    json new
    json old
  }
  stack {
  }
  guid = "Tt1Rr2Ee3Ww4Qq5Aa6Ss7Dd8Ff9g"
}