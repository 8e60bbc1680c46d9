table "thing" {
  schema {
    text id
    text name
  }
}
