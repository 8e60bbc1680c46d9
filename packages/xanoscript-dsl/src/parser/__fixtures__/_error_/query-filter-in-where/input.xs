function "f" {
  input {
  }
  stack {
    db.query "user" {
      where = $db.user.email == ($input.email|trim)
    } as $rows
  }
  response = $rows
}
