table "fub_worker_queue" {
  schema {
    int id
    timestamp created_at?=now
    text process_status
    text endpoint_type
    json? worker_input?
    timestamp? pickup_at?
    timestamp? finish_at?
    int? user_id? {
      table = "user"
    }
    int? ad_user_id? {
      table = "user"
    }
    int? fub_user_id?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "process_status"}]}
  ]
}
