query "auth/test-login" verb=POST {
  api_group = "Auth"
  input {
    email email filters=trim|lower
    password password
  }
  stack {
    db.get "user" {
      field_name = "email"
      field_value = $input.email
    } as $user
    precondition ($user != null) {
      error_type = "accessdenied"
      error = "Invalid credentials"
    }
    security.check_password {
      text_password = $input.password
      hash_password = $user.password
    } as $valid
    precondition ($valid) {
      error_type = "accessdenied"
      error = "Invalid credentials"
    }
    security.create_uuid as $session_id
    security.create_auth_token {
      table = "user"
      id = $user.id
      extras = {session_id: $session_id}
      expiration = 86400
    } as $auth_token
  }
  response = {success: true, data: {authToken: $auth_token, user_id: $user.id}}
}
