table "listing" {
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    text status
    decimal? list_price?
    text? mls_number?
    text listing_id_raw
    text data_source
    date? listing_date?
    date? expiration_date?
    int? transaction_owner_agent_id? {
      table = "agent"
    }
    int? team_id? {
      table = "team"
    }
    int? user_id? {
      table = "user"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "listing_id_raw"}]}
  ]
}
