table "stage_appointments_fub_onboarding" {
  description = "Staged Follow Up Boss appointments of onboarding, processed into fub_appointments."
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
