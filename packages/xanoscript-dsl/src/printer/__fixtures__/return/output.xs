function "Workers/FUB - Should Sync User" {
  input {
    int user_id
  }
  stack {
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $user_row
    conditional {
      if ($user_row == null) {
        return {
          value = {sync: false, reason: "missing_user"}
        }
      }
    }
    conditional {
      if ($user_row|get:"demo_account":false) {
        return {
          value = false
        }
      }
    }
  }
  response = {sync: ($user_row|get:"fub_user_id":0) > 0, reason: null}
}
