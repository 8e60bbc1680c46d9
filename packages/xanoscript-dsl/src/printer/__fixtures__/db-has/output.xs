function "Workers/SkySlope - Is Known Transaction" {
  input {
    text transaction_id_raw
    int transaction_id
  }
  stack {
    db.has "transaction" {
      field_name = "transaction_id_raw"
      field_value = $input.transaction_id_raw
    } as $known
    db.has "transaction" {
      field_name = "id"
      field_value = $input.transaction_id
    } as $exists_by_id
  }
  response = $known || $exists_by_id
}
