table "error logs" {
  description = "Errors caught by workers; task 2434 posts new rows to Slack"
  schema {
    int id
    timestamp created_at?=now
    text function_name
    text message
    json? context?
    int? user_id? {
      table = "user"
    }
    bool notified_on_slack?=false
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "notified_on_slack", op: "asc"}]}
  ]
}
