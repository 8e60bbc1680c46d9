function "Utils/Require Credentials" {
  input {
    int user_id
    text platform
  }
  stack {
    db.query "credentials" {
      where = ($db.credentials.user_id == $input.user_id) && ($db.credentials.platform == $input.platform)
      return = {type: "single"}
    } as $cred
    precondition ($cred != null) {
      error_type = "accessdenied"
      error = "Missing credentials"
      payload = {user_id: $input.user_id, platform: $input.platform}
    }
  }
  response = $cred
}
