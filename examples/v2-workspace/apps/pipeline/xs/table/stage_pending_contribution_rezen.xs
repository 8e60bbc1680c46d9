table "stage_pending_contribution_rezen" {
  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }
    json payload
    bool is_processed?=false
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "is_processed"}]}
  ]
}
