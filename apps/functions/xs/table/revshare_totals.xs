table "revshare_totals" {
  description = "Revenue-share totals of a user per tier, recomputed from contribution by worker 8071."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int user_id {
      table = "user"
    }
    text revshare_totals_id_raw
    int tier
    decimal paid_amount?=0
    decimal pending_amount?=0
    decimal total_amount?=0
    int contribution_count?=0
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "revshare_totals_id_raw"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
