table "transaction" {
  auth = false
  description = "Closed and open real-estate transactions synced from reZEN and SkySlope"
  tags = ["core", "transactions"]
  schema {
    int id
    timestamp created_at?=now
    text transaction_id_raw
    text status?
    text stage?
    text lifecycle_state?
    date? contract_date?
    date? closing_date?
    decimal sale_price?=0
    decimal list_price?=0
    decimal gross_commission?=0
    enum sync_source?="rezen" {
      values = ["rezen", "skyslope", "manual"]
    }
    bool closed?=false
    bool terminated?=false
    int user_id {
      table = "user"
    }
    int? team_id? {
      table = "team"
    }
    int? listing_id? {
      table = "listing"
    }
    int? address_id? {
      table = "address"
    }
    int? transaction_owner_agent_id? {
      table = "agent"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "transaction_id_raw", op: "asc"}]}
    {type: "btree", field: [{name: "user_id", op: "asc"}]}
    {type: "btree", field: [{name: "lifecycle_state", op: "asc"}]}
  ]
}
