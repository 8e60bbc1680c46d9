function "Reports/Count By Status" {
  input {
    text status
    int limit
  }
  stack {
    db.direct_query {
      sql = "SELECT count(*) AS n FROM jobs WHERE status = ? LIMIT ?"
      arg = $input.status
      arg = $input.limit
      parser = "template_engine"
      response_type = "single"
    } as $count
  }
  response = $count
}
