function "Workers/Users - Load Profile" {
  input {
    int user_id
    email email
  }
  stack {
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
      output = ["id", "email", "team_id"]
    } as $user_row
    precondition ($user_row != null) {
      error_type = "notfound"
      error = "User not found"
    }
    db.get "user" {
      field_name = "email"
      field_value = $input.email
    } as $email_row
    db.get "team" {
      field_name = "id"
      field_value = $user_row.team_id|first_notnull:0
    } as $team_row
    var $team_name {
      value = ""
    }
    conditional {
      if ($team_row != null) {
        var.update $team_name {
          value = $team_row.name
        }
      }
    }
  }
  response = {
    email: $user_row.email,
    same_user: ($email_row|get:"id":0) == $user_row.id,
    team: $team_name
  }
}
