table "fub_deals" {
  description = "Follow Up Boss deals, one row per FUB deal id (upserted by Workers/FUB - Get Deals)."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int fub_deal_id
    int user_id {
      table = "user"
    }
    text? name?
    int? stage_id?
    text? stage_name?
    int? pipeline_id?
    text? pipeline_name?
    decimal? price?
    int? person_id?
    date? projected_close_date?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "fub_deal_id"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
