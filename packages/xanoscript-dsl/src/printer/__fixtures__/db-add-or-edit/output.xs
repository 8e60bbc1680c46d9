function "Workers/reZEN - Upsert Transaction" {
  input {
    int user_id
    json rezen
  }
  stack {
    var $raw_id {
      value = $input.rezen|get:"id":""
    }
    db.add_or_edit "transaction" {
      field_name = "transaction_id_raw"
      field_value = $raw_id
      data = {
        transaction_id_raw: $raw_id,
        user_id: $input.user_id,
        status: $input.rezen|get:"lifecycleState":"UNKNOWN",
        sale_price: $input.rezen|get:"price":0|to_decimal,
        sync_source: "rezen",
        updated_at: now
      }
    } as $transaction_row
  }
  response = $transaction_row.id
}
