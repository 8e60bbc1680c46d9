function "Seeding/Bulk Mark Staged Processed" {
  input {
    int user_id
  }
  stack {
    db.bulk.update "stage_transactions_rezen_onboarding" {
      where = $db.stage_transactions_rezen_onboarding.user_id == $input.user_id
      data = {is_processed: true}
    } as $updated
    db.bulk.delete "stage_csv_import" {
      where = $db.stage_csv_import.user_id == $input.user_id
    } as $deleted
  }
  response = {updated: $updated, deleted: $deleted}
}
