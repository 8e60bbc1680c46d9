table "account" {
  schema {
    int id
    text name
  }
}
