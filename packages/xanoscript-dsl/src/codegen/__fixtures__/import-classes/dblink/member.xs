table "member" {
  auth = false
  schema {
    int id
    text name
    email email
    int team_id?
    password secret
  }
}
