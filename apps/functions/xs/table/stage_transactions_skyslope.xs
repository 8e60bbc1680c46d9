table "stage_transactions_skyslope" {
  description = "Staged SkySlope transactions, processed into transaction."
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
