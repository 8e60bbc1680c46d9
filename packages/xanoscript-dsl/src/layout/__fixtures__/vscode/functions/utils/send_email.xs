function "utils/send_email" {
  input {
    text user_id
  }
  stack {
    var $id {
      value = $input.user_id|to_int
    }
  }
  response = $id
}
