function "Workers/Metrics - Closing Months" {
  input {
    int user_id
  }
  stack {
    db.query "transaction" {
      where = ($db.transaction.user_id == $input.user_id) && ($db.transaction.closing_date != null)
      eval = {
        closing_month: $db.transaction.closing_date|timestamp_month,
        closing_year: $db.transaction.closing_date|timestamp_year
      }
      sort = {closing_date: "asc"}
      output = ["id", "sale_price", "closing_month", "closing_year"]
      return = {type: "list"}
    } as $rows
  }
  response = $rows
}
