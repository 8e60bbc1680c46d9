query "transactions/{transaction_id}" verb=PATCH {
  api_group = "Frontend API v2"
  auth = "user"
  input {
    int transaction_id
    text? stage?
    decimal? sale_price?
  }
  stack {
    db.patch "transaction" {
      field_name = "id"
      field_value = $input.transaction_id
      data = {}|set_ifnotnull:"stage":$input.stage|set_ifnotnull:"sale_price":$input.sale_price
    } as $transaction
  }
  response = $transaction
}
