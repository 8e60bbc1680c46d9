table "project" {
  schema {
    int id
    text name
  }
}
