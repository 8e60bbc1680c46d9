table "counter" {
  auth = false
  schema {
    int id
    text name
    int cnt
  }
  items = [{id: 1, name: "hits", cnt: 0}]
}
