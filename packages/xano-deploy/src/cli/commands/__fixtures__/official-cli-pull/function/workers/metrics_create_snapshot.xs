function "Workers/Metrics - Create Snapshot" {
  input {
    text user_id
  }
  stack {
    var $user_id_int {
      value = $input.user_id|to_int|first_notempty:0
    }
  }
  response = {success: true, user_id: $user_id_int}
  guid = "Zx1cV2bN3mA4sD5fG6hJ7kL8pO9i"
}