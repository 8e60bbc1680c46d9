// Utility used by every reZEN worker before calling the API.
// Returns the credentials row or null.
function "Utils/reZEN - Get Credentials" {
  input {
    int user_id
  }
  stack {
    db.query "credentials" {
      where = ($db.credentials.user_id == $input.user_id) && ($db.credentials.platform == "REZEN")
      return = {type: "single"}
    } as $credentials
  }
  response = $credentials
}
