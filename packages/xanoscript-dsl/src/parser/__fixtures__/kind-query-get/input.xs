query "staging-unprocessed" verb=GET {
  api_group = "MCP: System"
  description = "Counts staging rows not yet processed for a user"
  input {
    int user_id
  }
  stack {
    db.query "stage_transactions_rezen_onboarding" {
      where = ($db.stage_transactions_rezen_onboarding.user_id == $input.user_id) && ($db.stage_transactions_rezen_onboarding.is_processed == false)
      return = {type: "count"}
    } as $rezen_transactions
    db.query "stage_listings_rezen_onboarding" {
      where = ($db.stage_listings_rezen_onboarding.user_id == $input.user_id) && ($db.stage_listings_rezen_onboarding.is_processed == false)
      return = {type: "count"}
    } as $rezen_listings
  }
  response = {
    user_id: $input.user_id,
    unprocessed_counts: {rezen_transactions: $rezen_transactions, rezen_listings: $rezen_listings}
  }
}
