table "transaction" {
  description = "Real-estate transactions synced from reZEN and SkySlope."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    text status
    text stage?
    enum lifecycle_state?="open" {
      values = ["open", "pending", "closed", "terminated"]
    }
    date? contract_date?
    date? closing_date?
    decimal? sale_price?
    decimal? list_price?
    decimal? gross_commission?
    text transaction_id_raw
    text sync_source {
      description = "rezen or skyslope"
    }
    bool closed?=false
    bool terminated?=false
    timestamp? metrics_updated_at?
    int user_id {
      table = "user"
    }
    int? team_id? {
      table = "team"
    }
    int? listing_id? {
      table = "listing"
    }
    int? transaction_owner_agent_id? {
      table = "agent"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "transaction_id_raw"}]}
    {type: "btree", field: [{name: "user_id"}, {name: "lifecycle_state"}]}
    {type: "btree", field: [{name: "transaction_owner_agent_id"}]}
  ]
}
