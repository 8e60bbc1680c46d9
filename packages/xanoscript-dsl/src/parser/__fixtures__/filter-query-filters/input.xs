function "Workers/Recent Closings" {
  input {
    int user_id
    text? city?
  }
  stack {
    db.query "transaction" {
      where = ($db.transaction.user_id == $input.user_id) && (($db.transaction.closing_date|timestamp_year) == 2026) && (($db.transaction.stage|to_lower) == "closed")
      eval = {
        closing_week: $db.transaction.closing_date|timestamp_week,
        price_k: $db.transaction.sale_price|div:1000|round:0,
        closed_plus_30: $db.transaction.closing_date|timestamp_add_days:30
      }
      sort = {closing_date: "desc"}
      return = {type: "list"}
    } as $recent
  }
  response = $recent
}
