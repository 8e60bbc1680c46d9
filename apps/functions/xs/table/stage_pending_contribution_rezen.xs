table "stage_pending_contribution_rezen" {
  description = "Staged reZEN pending contributions, processed into contributions_pending."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int user_id {
      table = "user"
    }
    text external_id
    json payload
    bool is_processed?=false
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "external_id"}]}
    {type: "btree", field: [{name: "is_processed"}]}
  ]
}
