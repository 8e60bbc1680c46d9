function "System/Table Counts" {
  input {
  }
  stack {
    db.direct_query {
      sql = "SELECT relname AS table_name, n_live_tup AS row_count FROM pg_stat_user_tables WHERE relname LIKE ?"
      response_type = "list"
      arg = "mvpw5_%"
    } as $counts
  }
  response = $counts
}
