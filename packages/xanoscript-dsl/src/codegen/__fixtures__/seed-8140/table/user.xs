table "user" {
  auth = true
  schema {
    int id
    timestamp created_at?=now
    text name
    email email
    int agent_id?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "email", op: "asc"}]}
  ]
}
