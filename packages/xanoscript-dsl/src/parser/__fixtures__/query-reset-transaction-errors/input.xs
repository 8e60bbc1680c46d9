query "reset-transaction-errors" verb=POST {
  api_group = "MCP: System"
  input {
    int batch_size?=10
  }
  stack {
    db.query "stage_transactions_rezen_onboarding" {
      where = ($db.stage_transactions_rezen_onboarding.is_processed == false) && ($db.stage_transactions_rezen_onboarding.error_message != null)
      return = {type: "list", paging: {page: 1, per_page: $input.batch_size}}
    } as $failed
    foreach ($failed.items) {
      each as $row {
        db.patch "stage_transactions_rezen_onboarding" {
          field_name = "id"
          field_value = $row.id
          data = {error_message: null}
        }
      }
    }
  }
  response = {reset: $failed.items|count}
}
