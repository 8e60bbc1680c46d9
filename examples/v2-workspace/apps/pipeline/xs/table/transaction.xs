table "transaction" {
  schema {
    int id
    timestamp created_at?=now
    text status
    text? stage?
    text lifecycle_state
    date? contract_date?
    date? closing_date?
    decimal? sale_price?
    decimal? list_price?
    decimal? gross_commission?
    text transaction_id_raw
    text sync_source
    bool closed?=false
    bool terminated?=false
    int? listing_id? {
      table = "listing"
    }
    int user_id {
      table = "user"
    }
    int? team_id? {
      table = "team"
    }
    int? transaction_owner_agent_id? {
      table = "agent"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "transaction_id_raw"}]}
    {type: "btree", field: [{name: "transaction_owner_agent_id"}]}
  ]
}
