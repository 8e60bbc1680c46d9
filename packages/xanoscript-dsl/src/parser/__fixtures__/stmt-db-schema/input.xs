function "System/Describe Table" {
  input {
    text table_name
  }
  stack {
    db.schema "transaction" {
      path = "sale_price"
    } as $price_column
    db.schema "fub_sync_jobs" as $sync_jobs_schema
  }
  response = {price_column: $price_column, sync_jobs: $sync_jobs_schema}
}
