middleware "Frontend/Require Team" {
  description = "Rejects requests from users that are not on a team"
  docs = "Runs before team-scoped frontend endpoints."
  exception_policy = "rethrow"
  response_strategy = "merge"
  tags = ["frontend", "auth"]
  history = 100
  input {
    json vars
    enum type {
      values = ["pre", "post"]
    }
  }
  stack {
    db.get "user" {
      field_name = "id"
      field_value = $auth.id
    } as $user
    precondition ($user.team_id != null) {
      error_type = "accessdenied"
      error = "A team is required for this endpoint"
    }
  }
  response = {team_id: $user.team_id}
  test "adds the team id" {
    input = {vars: {}, type: "pre"}
    expect.to_not_be_null ($response.team_id)
  }
}
