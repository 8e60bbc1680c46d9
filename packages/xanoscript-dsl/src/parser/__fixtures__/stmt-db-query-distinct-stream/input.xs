function "Workers/Export Contributions" {
  input {
    int user_id
  }
  stack {
    db.query "contribution" {
      where = $db.contribution.user_id == $input.user_id
      sort = {contribution_date: "asc"}
      return = {type: "stream", distinct: "yes"}
    } as $stream
  }
  response = $stream
}
