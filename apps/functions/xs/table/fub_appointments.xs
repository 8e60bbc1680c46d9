table "fub_appointments" {
  description = "Follow Up Boss appointments, one row per FUB appointment id (from the onboarding staging table)."
  schema {
    int id
    timestamp created_at?=now
    timestamp? updated_at?
    int fub_appointment_id
    int user_id {
      table = "user"
    }
    text? title?
    text? description?
    bool? all_day?
    timestamp? starts_at?
    timestamp? ends_at?
    text? location?
    int? person_id?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "fub_appointment_id"}]}
    {type: "btree", field: [{name: "user_id"}]}
  ]
}
