table "user" {
  schema {
    int id
    text name
  }
}
