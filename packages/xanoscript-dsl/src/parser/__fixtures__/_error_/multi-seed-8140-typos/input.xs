function "Workers/Metrics - Create Snapshot" {
  input {
    text user_id
  }
  stack {
    var $user_id_int {
      value = $input.user_id|to_integer|first_notempty:0
    }
    db.get "user" {
      field_name = "id"
      feild_value = $user_id_int
    } as $user
  }
  response = $user
}
