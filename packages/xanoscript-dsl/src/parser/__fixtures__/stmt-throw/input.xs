function "Utils/Assert Team" {
  input {
    int user_id
  }
  stack {
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $user
    conditional {
      if ($user.team_id == null) {
        throw {
          name = "MissingTeam"
          value = "Missing team_id_raw for user " ~ $input.user_id
        }
      }
    }
  }
  response = $user.team_id
}
