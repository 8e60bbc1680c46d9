query "pipeline-health-check" verb=GET {
  api_group = "Migration: V1 to V2"
  description = "Row counts for staging and final tables, sync state rows and onboarding job counts"
  tags = ["pipeline", "health", "monitoring", "integrations"]
  input {
  }
  stack {
    db.query "stage_listing_skyslope" {
      return = {type: "count"}
    } as $skyslope_listings
    db.query "stage_transactions_skyslope" {
      return = {type: "count"}
    } as $skyslope_transactions
    db.query "stage_transactions_rezen_onboarding" {
      return = {type: "count"}
    } as $rezen_transactions
    db.query "stage_listings_rezen_onboarding" {
      return = {type: "count"}
    } as $rezen_listings
    db.query "stage_network_downline_rezen_onboarding" {
      return = {type: "count"}
    } as $rezen_network
    db.query "stage_contributions_rezen_onboarding" {
      return = {type: "count"}
    } as $rezen_contributions
    db.query "stage_appointments_fub_onboarding" {
      return = {type: "count"}
    } as $fub_appointments
    db.query "stage_text_messages_fub_onboarding" {
      return = {type: "count"}
    } as $fub_text_messages
    db.query "listing" {
      return = {type: "count"}
    } as $listing_count
    db.query "transaction" {
      return = {type: "count"}
    } as $transaction_count
    db.query "fub_people" {
      return = {type: "count"}
    } as $fub_people_count
    db.query "fub_calls" {
      return = {type: "count"}
    } as $fub_calls_count
    db.query "fub_events" {
      return = {type: "count"}
    } as $fub_events_count
    db.query "contribution" {
      return = {type: "count"}
    } as $contribution_count
    db.query "network_hierarchy" {
      return = {type: "count"}
    } as $network_hierarchy_count
    db.query "fub_sync_state" {
      output = ["entity_type", "last_sync_at", "status", "error_message", "records_synced"]
    } as $fub_sync_state
    db.query "rezen_sync_state" {
      output = ["entity_type", "last_sync_at", "status", "error_message", "records_synced"]
    } as $rezen_sync_state
    db.query "skyslope_sync_state" {
      output = ["entity_type", "last_sync_at", "status", "error_message", "records_synced"]
    } as $skyslope_sync_state
    db.query "fub_onboarding_jobs" {
      where = $db.fub_onboarding_jobs.status == "In Process"
      return = {type: "count"}
    } as $fub_active
    db.query "fub_onboarding_jobs" {
      where = $db.fub_onboarding_jobs.status == "New"
      return = {type: "count"}
    } as $fub_pending
    db.query "fub_onboarding_jobs" {
      return = {type: "count"}
    } as $fub_total
    db.query "rezen_onboarding_jobs" {
      where = $db.rezen_onboarding_jobs.status == "Started"
      return = {type: "count"}
    } as $rezen_active
    db.query "rezen_onboarding_jobs" {
      where = $db.rezen_onboarding_jobs.status == "New"
      return = {type: "count"}
    } as $rezen_pending
    db.query "rezen_onboarding_jobs" {
      return = {type: "count"}
    } as $rezen_total
  }
  response = {
    success: true,
    checked_at: now,
    staging: {
      skyslope_listings: $skyslope_listings,
      skyslope_transactions: $skyslope_transactions,
      rezen_transactions: $rezen_transactions,
      rezen_listings: $rezen_listings,
      rezen_network: $rezen_network,
      rezen_contributions: $rezen_contributions,
      fub_appointments: $fub_appointments,
      fub_text_messages: $fub_text_messages
    },
    final_tables: {
      listing: $listing_count,
      transaction: $transaction_count,
      fub_people: $fub_people_count,
      fub_calls: $fub_calls_count,
      fub_events: $fub_events_count,
      contribution: $contribution_count,
      network_hierarchy: $network_hierarchy_count
    },
    sync_state: {fub: $fub_sync_state, rezen: $rezen_sync_state, skyslope: $skyslope_sync_state},
    onboarding_jobs: {
      fub_active: $fub_active,
      fub_pending: $fub_pending,
      fub_total: $fub_total,
      rezen_active: $rezen_active,
      rezen_pending: $rezen_pending,
      rezen_total: $rezen_total
    }
  }
}
