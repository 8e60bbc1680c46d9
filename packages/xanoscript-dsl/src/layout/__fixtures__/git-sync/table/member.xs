table "member" {
  schema {
    int id
    text name
  }
}
