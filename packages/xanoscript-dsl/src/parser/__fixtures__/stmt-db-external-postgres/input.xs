function "Migration/V1 Transaction Count" {
  input {
    int user_id
  }
  stack {
    db.external.postgres.direct_query {
      code = "SELECT count(*) AS n FROM mvpw1_41 WHERE user_id = ?"
      response_type = "single"
      connection_string = $env.V1_DATABASE_URL
      arg = $input.user_id
    } as $v1
  }
  response = $v1|get:"n":0
}
