query "table-counts" verb=GET {
  api_group = "SYSTEM"
  description = "Row counts of every table of the workspace, by group (core, network, staging, FUB)."
  input {
  }
  stack {
    db.query "agent" {
      return = {type: "count"}
    } as $agent_count
    db.query "agent_cap_data" {
      return = {type: "count"}
    } as $agent_cap_data_count
    db.query "contribution" {
      return = {type: "count"}
    } as $contribution_count
    db.query "contributions_pending" {
      return = {type: "count"}
    } as $contributions_pending_count
    db.query "equity_transactions" {
      return = {type: "count"}
    } as $equity_transactions_count
    db.query "fub_appointments" {
      return = {type: "count"}
    } as $fub_appointments_count
    db.query "fub_calls" {
      return = {type: "count"}
    } as $fub_calls_count
    db.query "fub_deals" {
      return = {type: "count"}
    } as $fub_deals_count
    db.query "fub_events" {
      return = {type: "count"}
    } as $fub_events_count
    db.query "fub_onboarding_jobs" {
      return = {type: "count"}
    } as $fub_onboarding_jobs_count
    db.query "fub_people" {
      return = {type: "count"}
    } as $fub_people_count
    db.query "fub_sync_jobs" {
      return = {type: "count"}
    } as $fub_sync_jobs_count
    db.query "fub_sync_state" {
      return = {type: "count"}
    } as $fub_sync_state_count
    db.query "fub_text_messages" {
      return = {type: "count"}
    } as $fub_text_messages_count
    db.query "fub_worker_queue" {
      return = {type: "count"}
    } as $fub_worker_queue_count
    db.query "lambda_job_logs" {
      return = {type: "count"}
    } as $lambda_job_logs_count
    db.query "lambda_job_status" {
      return = {type: "count"}
    } as $lambda_job_status_count
    db.query "listing" {
      return = {type: "count"}
    } as $listing_count
    db.query "metrics_snapshots" {
      return = {type: "count"}
    } as $metrics_snapshots_count
    db.query "network_hierarchy" {
      return = {type: "count"}
    } as $network_hierarchy_count
    db.query "network_member" {
      return = {type: "count"}
    } as $network_member_count
    db.query "participant" {
      return = {type: "count"}
    } as $participant_count
    db.query "revshare_totals" {
      return = {type: "count"}
    } as $revshare_totals_count
    db.query "rezen_onboarding_jobs" {
      return = {type: "count"}
    } as $rezen_onboarding_jobs_count
    db.query "rezen_sync_state" {
      return = {type: "count"}
    } as $rezen_sync_state_count
    db.query "skyslope_sync_state" {
      return = {type: "count"}
    } as $skyslope_sync_state_count
    db.query "skyslope_users" {
      return = {type: "count"}
    } as $skyslope_users_count
    db.query "stage_appointments_fub_onboarding" {
      return = {type: "count"}
    } as $stage_appointments_fub_onboarding_count
    db.query "stage_contributions_rezen_daily_sync" {
      return = {type: "count"}
    } as $stage_contributions_rezen_daily_sync_count
    db.query "stage_contributions_rezen_onboarding" {
      return = {type: "count"}
    } as $stage_contributions_rezen_onboarding_count
    db.query "stage_listing_skyslope" {
      return = {type: "count"}
    } as $stage_listing_skyslope_count
    db.query "stage_listings_rezen_onboarding" {
      return = {type: "count"}
    } as $stage_listings_rezen_onboarding_count
    db.query "stage_network_downline_rezen_onboarding" {
      return = {type: "count"}
    } as $stage_network_downline_rezen_onboarding_count
    db.query "stage_pending_contribution_rezen" {
      return = {type: "count"}
    } as $stage_pending_contribution_rezen_count
    db.query "stage_text_messages_fub_onboarding" {
      return = {type: "count"}
    } as $stage_text_messages_fub_onboarding_count
    db.query "stage_transactions_rezen_onboarding" {
      return = {type: "count"}
    } as $stage_transactions_rezen_onboarding_count
    db.query "stage_transactions_skyslope" {
      return = {type: "count"}
    } as $stage_transactions_skyslope_count
    db.query "team" {
      return = {type: "count"}
    } as $team_count
    db.query "transaction" {
      return = {type: "count"}
    } as $transaction_count
    db.query "user" {
      return = {type: "count"}
    } as $user_count
  }
  response = {
    success: true,
    data: {
      core_tables: {
        agent: $agent_count,
        agent_cap_data: $agent_cap_data_count,
        contribution: $contribution_count,
        contributions_pending: $contributions_pending_count,
        equity_transactions: $equity_transactions_count,
        listing: $listing_count,
        metrics_snapshots: $metrics_snapshots_count,
        participant: $participant_count,
        revshare_totals: $revshare_totals_count,
        rezen_onboarding_jobs: $rezen_onboarding_jobs_count,
        rezen_sync_state: $rezen_sync_state_count,
        skyslope_sync_state: $skyslope_sync_state_count,
        skyslope_users: $skyslope_users_count,
        team: $team_count,
        transaction: $transaction_count,
        user: $user_count
      },
      network_tables: {
        network_hierarchy: $network_hierarchy_count,
        network_member: $network_member_count
      },
      staging_tables: {
        stage_appointments_fub_onboarding: $stage_appointments_fub_onboarding_count,
        stage_contributions_rezen_daily_sync: $stage_contributions_rezen_daily_sync_count,
        stage_contributions_rezen_onboarding: $stage_contributions_rezen_onboarding_count,
        stage_listing_skyslope: $stage_listing_skyslope_count,
        stage_listings_rezen_onboarding: $stage_listings_rezen_onboarding_count,
        stage_network_downline_rezen_onboarding: $stage_network_downline_rezen_onboarding_count,
        stage_pending_contribution_rezen: $stage_pending_contribution_rezen_count,
        stage_text_messages_fub_onboarding: $stage_text_messages_fub_onboarding_count,
        stage_transactions_rezen_onboarding: $stage_transactions_rezen_onboarding_count,
        stage_transactions_skyslope: $stage_transactions_skyslope_count
      },
      fub_tables: {
        fub_appointments: $fub_appointments_count,
        fub_calls: $fub_calls_count,
        fub_deals: $fub_deals_count,
        fub_events: $fub_events_count,
        fub_onboarding_jobs: $fub_onboarding_jobs_count,
        fub_people: $fub_people_count,
        fub_sync_jobs: $fub_sync_jobs_count,
        fub_sync_state: $fub_sync_state_count,
        fub_text_messages: $fub_text_messages_count,
        fub_worker_queue: $fub_worker_queue_count,
        lambda_job_logs: $lambda_job_logs_count,
        lambda_job_status: $lambda_job_status_count
      }
    },
    error: null,
    step: "complete",
    core_tables: {
      agent: $agent_count,
      agent_cap_data: $agent_cap_data_count,
      contribution: $contribution_count,
      contributions_pending: $contributions_pending_count,
      equity_transactions: $equity_transactions_count,
      listing: $listing_count,
      metrics_snapshots: $metrics_snapshots_count,
      participant: $participant_count,
      revshare_totals: $revshare_totals_count,
      rezen_onboarding_jobs: $rezen_onboarding_jobs_count,
      rezen_sync_state: $rezen_sync_state_count,
      skyslope_sync_state: $skyslope_sync_state_count,
      skyslope_users: $skyslope_users_count,
      team: $team_count,
      transaction: $transaction_count,
      user: $user_count
    },
    network_tables: {
      network_hierarchy: $network_hierarchy_count,
      network_member: $network_member_count
    },
    staging_tables: {
      stage_appointments_fub_onboarding: $stage_appointments_fub_onboarding_count,
      stage_contributions_rezen_daily_sync: $stage_contributions_rezen_daily_sync_count,
      stage_contributions_rezen_onboarding: $stage_contributions_rezen_onboarding_count,
      stage_listing_skyslope: $stage_listing_skyslope_count,
      stage_listings_rezen_onboarding: $stage_listings_rezen_onboarding_count,
      stage_network_downline_rezen_onboarding: $stage_network_downline_rezen_onboarding_count,
      stage_pending_contribution_rezen: $stage_pending_contribution_rezen_count,
      stage_text_messages_fub_onboarding: $stage_text_messages_fub_onboarding_count,
      stage_transactions_rezen_onboarding: $stage_transactions_rezen_onboarding_count,
      stage_transactions_skyslope: $stage_transactions_skyslope_count
    },
    fub_tables: {
      fub_appointments: $fub_appointments_count,
      fub_calls: $fub_calls_count,
      fub_deals: $fub_deals_count,
      fub_events: $fub_events_count,
      fub_onboarding_jobs: $fub_onboarding_jobs_count,
      fub_people: $fub_people_count,
      fub_sync_jobs: $fub_sync_jobs_count,
      fub_sync_state: $fub_sync_state_count,
      fub_text_messages: $fub_text_messages_count,
      fub_worker_queue: $fub_worker_queue_count,
      lambda_job_logs: $lambda_job_logs_count,
      lambda_job_status: $lambda_job_status_count
    }
  }
}
