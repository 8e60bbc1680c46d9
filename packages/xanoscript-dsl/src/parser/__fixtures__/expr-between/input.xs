function "Workers/Transactions In Price Band" {
  input {
    int user_id
    decimal min_price?=100000
    decimal max_price?=500000
  }
  stack {
    db.query "transaction" {
      where = ($db.transaction.user_id == $input.user_id) && ($db.transaction.sale_price|between:$input.min_price:$input.max_price)
      return = {type: "list"}
    } as $in_band
  }
  response = $in_band
}
