function "base64check" {
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
