table "skyslope_users" {
  description = "Users of the SkySlope account (agents and brokers), one row per SkySlope user guid."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    text skyslope_user_id_raw
    text? first_name?
    text? last_name?
    email? email?
    text? role?
    text? status?
    timestamp? skyslope_created_at?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "skyslope_user_id_raw"}]}
  ]
}
