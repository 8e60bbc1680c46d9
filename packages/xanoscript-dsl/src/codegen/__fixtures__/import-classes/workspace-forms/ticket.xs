// Support tickets: a full-text index per language and a saved view of the open ones.
table "ticket" {
  auth = false
  schema {
    int id
    timestamp created_at?=now
    text title
    text body?
    bool closed?
    int closed_by?
    json meta?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "gin", field: [{name: "xdo", op: "jsonb_path_op"}]}
    {lang: "english", type: "search", field: [{name: "title", op: "A"}, {name: "body", op: "B"}]}
    {name: "by_closer", type: "btree", field: [{name: "closed_by"}]}
  ]

  view = {
    open: {search: $db.closed == false, sort: {created_at: "desc"}}
  }
}
