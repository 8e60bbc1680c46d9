query "pipeline-health-check" verb=GET {
  api_group = "SYSTEM"
  description = "Staging backlog, final table counts, sync state, onboarding jobs and a verdict (healthy, warning, critical) with reasons."
  input {
    int staging_backlog_warning?=1000 {
      description = "Unprocessed staging rows, all tables together (xac.config.ts alerts.stagingBacklog)"
    }
    int staging_backlog_critical?=5000
    decimal sync_failure_rate_warning?=0.1 {
      description = "Per integration: sync-state entries in error ÷ entries (alerts.syncFailureRate)"
    }
    decimal sync_failure_rate_critical?=0.3
    decimal sync_age_hours_warning?=24 {
      description = "Per sync-state entry: hours since last_sync_at (alerts.syncAgeHours)"
    }
    decimal sync_age_hours_critical?=72
    decimal stuck_job_hours_warning?=4 {
      description = "An active onboarding job: hours since started (alerts.stuckJobHours)"
    }
    decimal stuck_job_hours_critical?=24
  }
  stack {
    var $checked_at {
      value = now|to_ms
    }
    var $status_words {
      value = {
        new: "pending",
        pending: "pending",
        queued: "pending",
        in_process: "active",
        in_progress: "active",
        started: "active",
        running: "active",
        syncing: "active",
        processing: "active",
        complete: "complete",
        completed: "complete",
        done: "complete",
        ready: "complete",
        idle: "complete",
        success: "complete",
        partial: "partial",
        error: "error",
        failed: "error",
        failure: "error"
      }
    }
    var $staging {
      value = []
    }
    var $backlog {
      value = 0
    }
    db.query "stage_appointments_fub_onboarding" {
      return = {type: "count"}
    } as $stage_appointments_fub_onboarding_total
    db.query "stage_appointments_fub_onboarding" {
      where = $db.stage_appointments_fub_onboarding.is_processed == false
      return = {type: "count"}
    } as $stage_appointments_fub_onboarding_backlog
    var.update $staging {
      value = $staging|push:({
        table: "stage_appointments_fub_onboarding",
        total: $stage_appointments_fub_onboarding_total,
        backlog: $stage_appointments_fub_onboarding_backlog
      })
    }
    var.update $backlog {
      value = $backlog + $stage_appointments_fub_onboarding_backlog
    }
    db.query "stage_contributions_rezen_daily_sync" {
      return = {type: "count"}
    } as $stage_contributions_rezen_daily_sync_total
    db.query "stage_contributions_rezen_daily_sync" {
      where = $db.stage_contributions_rezen_daily_sync.is_processed == false
      return = {type: "count"}
    } as $stage_contributions_rezen_daily_sync_backlog
    var.update $staging {
      value = $staging|push:({
        table: "stage_contributions_rezen_daily_sync",
        total: $stage_contributions_rezen_daily_sync_total,
        backlog: $stage_contributions_rezen_daily_sync_backlog
      })
    }
    var.update $backlog {
      value = $backlog + $stage_contributions_rezen_daily_sync_backlog
    }
    db.query "stage_contributions_rezen_onboarding" {
      return = {type: "count"}
    } as $stage_contributions_rezen_onboarding_total
    db.query "stage_contributions_rezen_onboarding" {
      where = $db.stage_contributions_rezen_onboarding.is_processed == false
      return = {type: "count"}
    } as $stage_contributions_rezen_onboarding_backlog
    var.update $staging {
      value = $staging|push:({
        table: "stage_contributions_rezen_onboarding",
        total: $stage_contributions_rezen_onboarding_total,
        backlog: $stage_contributions_rezen_onboarding_backlog
      })
    }
    var.update $backlog {
      value = $backlog + $stage_contributions_rezen_onboarding_backlog
    }
    db.query "stage_listing_skyslope" {
      return = {type: "count"}
    } as $stage_listing_skyslope_total
    db.query "stage_listing_skyslope" {
      where = $db.stage_listing_skyslope.is_processed == false
      return = {type: "count"}
    } as $stage_listing_skyslope_backlog
    var.update $staging {
      value = $staging|push:({
        table: "stage_listing_skyslope",
        total: $stage_listing_skyslope_total,
        backlog: $stage_listing_skyslope_backlog
      })
    }
    var.update $backlog {
      value = $backlog + $stage_listing_skyslope_backlog
    }
    db.query "stage_listings_rezen_onboarding" {
      return = {type: "count"}
    } as $stage_listings_rezen_onboarding_total
    db.query "stage_listings_rezen_onboarding" {
      where = $db.stage_listings_rezen_onboarding.is_processed == false
      return = {type: "count"}
    } as $stage_listings_rezen_onboarding_backlog
    var.update $staging {
      value = $staging|push:({
        table: "stage_listings_rezen_onboarding",
        total: $stage_listings_rezen_onboarding_total,
        backlog: $stage_listings_rezen_onboarding_backlog
      })
    }
    var.update $backlog {
      value = $backlog + $stage_listings_rezen_onboarding_backlog
    }
    db.query "stage_network_downline_rezen_onboarding" {
      return = {type: "count"}
    } as $stage_network_downline_rezen_onboarding_total
    db.query "stage_network_downline_rezen_onboarding" {
      where = $db.stage_network_downline_rezen_onboarding.is_processed == false
      return = {type: "count"}
    } as $stage_network_downline_rezen_onboarding_backlog
    var.update $staging {
      value = $staging|push:({
        table: "stage_network_downline_rezen_onboarding",
        total: $stage_network_downline_rezen_onboarding_total,
        backlog: $stage_network_downline_rezen_onboarding_backlog
      })
    }
    var.update $backlog {
      value = $backlog + $stage_network_downline_rezen_onboarding_backlog
    }
    db.query "stage_pending_contribution_rezen" {
      return = {type: "count"}
    } as $stage_pending_contribution_rezen_total
    db.query "stage_pending_contribution_rezen" {
      where = $db.stage_pending_contribution_rezen.is_processed == false
      return = {type: "count"}
    } as $stage_pending_contribution_rezen_backlog
    var.update $staging {
      value = $staging|push:({
        table: "stage_pending_contribution_rezen",
        total: $stage_pending_contribution_rezen_total,
        backlog: $stage_pending_contribution_rezen_backlog
      })
    }
    var.update $backlog {
      value = $backlog + $stage_pending_contribution_rezen_backlog
    }
    db.query "stage_text_messages_fub_onboarding" {
      return = {type: "count"}
    } as $stage_text_messages_fub_onboarding_total
    db.query "stage_text_messages_fub_onboarding" {
      where = $db.stage_text_messages_fub_onboarding.is_processed == false
      return = {type: "count"}
    } as $stage_text_messages_fub_onboarding_backlog
    var.update $staging {
      value = $staging|push:({
        table: "stage_text_messages_fub_onboarding",
        total: $stage_text_messages_fub_onboarding_total,
        backlog: $stage_text_messages_fub_onboarding_backlog
      })
    }
    var.update $backlog {
      value = $backlog + $stage_text_messages_fub_onboarding_backlog
    }
    db.query "stage_transactions_rezen_onboarding" {
      return = {type: "count"}
    } as $stage_transactions_rezen_onboarding_total
    db.query "stage_transactions_rezen_onboarding" {
      where = $db.stage_transactions_rezen_onboarding.is_processed == false
      return = {type: "count"}
    } as $stage_transactions_rezen_onboarding_backlog
    var.update $staging {
      value = $staging|push:({
        table: "stage_transactions_rezen_onboarding",
        total: $stage_transactions_rezen_onboarding_total,
        backlog: $stage_transactions_rezen_onboarding_backlog
      })
    }
    var.update $backlog {
      value = $backlog + $stage_transactions_rezen_onboarding_backlog
    }
    db.query "stage_transactions_skyslope" {
      return = {type: "count"}
    } as $stage_transactions_skyslope_total
    db.query "stage_transactions_skyslope" {
      where = $db.stage_transactions_skyslope.is_processed == false
      return = {type: "count"}
    } as $stage_transactions_skyslope_backlog
    var.update $staging {
      value = $staging|push:({
        table: "stage_transactions_skyslope",
        total: $stage_transactions_skyslope_total,
        backlog: $stage_transactions_skyslope_backlog
      })
    }
    var.update $backlog {
      value = $backlog + $stage_transactions_skyslope_backlog
    }
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
    db.query "fub_people" {
      return = {type: "count"}
    } as $fub_people_count
    db.query "fub_sync_jobs" {
      return = {type: "count"}
    } as $fub_sync_jobs_count
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
    db.query "skyslope_users" {
      return = {type: "count"}
    } as $skyslope_users_count
    db.query "team" {
      return = {type: "count"}
    } as $team_count
    db.query "transaction" {
      return = {type: "count"}
    } as $transaction_count
    db.query "user" {
      return = {type: "count"}
    } as $user_count
    var $final_tables {
      value = {
        agent: $agent_count,
        agent_cap_data: $agent_cap_data_count,
        contribution: $contribution_count,
        contributions_pending: $contributions_pending_count,
        equity_transactions: $equity_transactions_count,
        fub_appointments: $fub_appointments_count,
        fub_calls: $fub_calls_count,
        fub_deals: $fub_deals_count,
        fub_events: $fub_events_count,
        fub_people: $fub_people_count,
        fub_sync_jobs: $fub_sync_jobs_count,
        fub_text_messages: $fub_text_messages_count,
        fub_worker_queue: $fub_worker_queue_count,
        lambda_job_logs: $lambda_job_logs_count,
        lambda_job_status: $lambda_job_status_count,
        listing: $listing_count,
        metrics_snapshots: $metrics_snapshots_count,
        network_hierarchy: $network_hierarchy_count,
        network_member: $network_member_count,
        participant: $participant_count,
        revshare_totals: $revshare_totals_count,
        skyslope_users: $skyslope_users_count,
        team: $team_count,
        transaction: $transaction_count,
        user: $user_count
      }
    }
    var $staging_reasons {
      value = []
    }
    conditional {
      if ($backlog >= $input.staging_backlog_critical) {
        var.update $staging_reasons {
          value = $staging_reasons|push:({
            level: "critical",
            category: "staging",
            message: "staging backlog " ~ $backlog ~ " unprocessed rows (≥ " ~ $input.staging_backlog_critical ~ ")"
          })
        }
      }
      elseif ($backlog >= $input.staging_backlog_warning) {
        var.update $staging_reasons {
          value = $staging_reasons|push:({
            level: "warning",
            category: "staging",
            message: "staging backlog " ~ $backlog ~ " unprocessed rows (≥ " ~ $input.staging_backlog_warning ~ ")"
          })
        }
      }
    }
    var $sync_state {
      value = []
    }
    var $sync_rate_reasons {
      value = []
    }
    var $sync_age_reasons {
      value = []
    }
    db.query "fub_sync_state" {
      sort = {id: "asc"}
    } as $fub_sync_rows
    var $fub_sync_errors {
      value = 0
    }
    var $fub_sync_failed {
      value = []
    }
    foreach ($fub_sync_rows) {
      each as $fub_sync_row {
        var $sync_status {
          value = $status_words|get:($fub_sync_row.status|first_notempty:""|to_text|trim|to_lower|replace:" ":"_"|replace:"-":"_"):"unknown"
        }
        var $sync_entity {
          value = $fub_sync_row.entity_type|first_notempty:"(none)"
        }
        var.update $sync_state {
          value = $sync_state|push:({
            integration: "fub",
            entityType: $sync_entity,
            status: $sync_status,
            rawStatus: $fub_sync_row.status,
            lastSyncAt: $fub_sync_row.last_sync_at,
            errorMessage: $fub_sync_row.error_message|first_notempty:null,
            recordsSynced: $fub_sync_row.records_synced
          })
        }
        conditional {
          if ($sync_status == "error") {
            var.update $fub_sync_errors {
              value = $fub_sync_errors + 1
            }
            var.update $fub_sync_failed {
              value = $fub_sync_failed|push:($sync_entity ~ ((($fub_sync_row.error_message|first_notempty:""|strlen) > 0) ? (": " ~ $fub_sync_row.error_message) : ""))
            }
          }
        }
        conditional {
          if ($fub_sync_row.last_sync_at == null) {
            var.update $sync_age_reasons {
              value = $sync_age_reasons|push:({
                level: "critical",
                category: "sync",
                message: "fub " ~ $sync_entity ~ " has never synced (last_sync_at is null)"
              })
            }
          }
          else {
            var $sync_age_hours {
              value = ($checked_at - ($fub_sync_row.last_sync_at|to_ms)) / 3600000
            }
            conditional {
              if ($sync_age_hours >= $input.sync_age_hours_critical) {
                var.update $sync_age_reasons {
                  value = $sync_age_reasons|push:({
                    level: "critical",
                    category: "sync",
                    message: "fub " ~ $sync_entity ~ " last synced " ~ ($sync_age_hours|round:1) ~ " h ago (≥ " ~ $input.sync_age_hours_critical ~ " h)"
                  })
                }
              }
              elseif ($sync_age_hours >= $input.sync_age_hours_warning) {
                var.update $sync_age_reasons {
                  value = $sync_age_reasons|push:({
                    level: "warning",
                    category: "sync",
                    message: "fub " ~ $sync_entity ~ " last synced " ~ ($sync_age_hours|round:1) ~ " h ago (≥ " ~ $input.sync_age_hours_warning ~ " h)"
                  })
                }
              }
            }
          }
        }
      }
    }
    var $fub_sync_failure_rate {
      value = 0
    }
    conditional {
      if (($fub_sync_rows|count) > 0) {
        var.update $fub_sync_failure_rate {
          value = $fub_sync_errors / ($fub_sync_rows|count)
        }
      }
    }
    conditional {
      if ($fub_sync_failure_rate >= $input.sync_failure_rate_critical) {
        var.update $sync_rate_reasons {
          value = $sync_rate_reasons|push:({
            level: "critical",
            category: "sync",
            message: "fub sync failure rate " ~ (($fub_sync_failure_rate * 100)|round:0) ~ "% (" ~ ($fub_sync_failed|join:"; ") ~ ")"
          })
        }
      }
      elseif ($fub_sync_failure_rate >= $input.sync_failure_rate_warning) {
        var.update $sync_rate_reasons {
          value = $sync_rate_reasons|push:({
            level: "warning",
            category: "sync",
            message: "fub sync failure rate " ~ (($fub_sync_failure_rate * 100)|round:0) ~ "% (" ~ ($fub_sync_failed|join:"; ") ~ ")"
          })
        }
      }
    }
    db.query "rezen_sync_state" {
      sort = {id: "asc"}
    } as $rezen_sync_rows
    var $rezen_sync_errors {
      value = 0
    }
    var $rezen_sync_failed {
      value = []
    }
    foreach ($rezen_sync_rows) {
      each as $rezen_sync_row {
        var $sync_status {
          value = $status_words|get:($rezen_sync_row.status|first_notempty:""|to_text|trim|to_lower|replace:" ":"_"|replace:"-":"_"):"unknown"
        }
        var $sync_entity {
          value = $rezen_sync_row.entity_type|first_notempty:"(none)"
        }
        var.update $sync_state {
          value = $sync_state|push:({
            integration: "rezen",
            entityType: $sync_entity,
            status: $sync_status,
            rawStatus: $rezen_sync_row.status,
            lastSyncAt: $rezen_sync_row.last_sync_at,
            errorMessage: $rezen_sync_row.error_message|first_notempty:null,
            recordsSynced: $rezen_sync_row.records_synced
          })
        }
        conditional {
          if ($sync_status == "error") {
            var.update $rezen_sync_errors {
              value = $rezen_sync_errors + 1
            }
            var.update $rezen_sync_failed {
              value = $rezen_sync_failed|push:($sync_entity ~ ((($rezen_sync_row.error_message|first_notempty:""|strlen) > 0) ? (": " ~ $rezen_sync_row.error_message) : ""))
            }
          }
        }
        conditional {
          if ($rezen_sync_row.last_sync_at == null) {
            var.update $sync_age_reasons {
              value = $sync_age_reasons|push:({
                level: "critical",
                category: "sync",
                message: "rezen " ~ $sync_entity ~ " has never synced (last_sync_at is null)"
              })
            }
          }
          else {
            var $sync_age_hours {
              value = ($checked_at - ($rezen_sync_row.last_sync_at|to_ms)) / 3600000
            }
            conditional {
              if ($sync_age_hours >= $input.sync_age_hours_critical) {
                var.update $sync_age_reasons {
                  value = $sync_age_reasons|push:({
                    level: "critical",
                    category: "sync",
                    message: "rezen " ~ $sync_entity ~ " last synced " ~ ($sync_age_hours|round:1) ~ " h ago (≥ " ~ $input.sync_age_hours_critical ~ " h)"
                  })
                }
              }
              elseif ($sync_age_hours >= $input.sync_age_hours_warning) {
                var.update $sync_age_reasons {
                  value = $sync_age_reasons|push:({
                    level: "warning",
                    category: "sync",
                    message: "rezen " ~ $sync_entity ~ " last synced " ~ ($sync_age_hours|round:1) ~ " h ago (≥ " ~ $input.sync_age_hours_warning ~ " h)"
                  })
                }
              }
            }
          }
        }
      }
    }
    var $rezen_sync_failure_rate {
      value = 0
    }
    conditional {
      if (($rezen_sync_rows|count) > 0) {
        var.update $rezen_sync_failure_rate {
          value = $rezen_sync_errors / ($rezen_sync_rows|count)
        }
      }
    }
    conditional {
      if ($rezen_sync_failure_rate >= $input.sync_failure_rate_critical) {
        var.update $sync_rate_reasons {
          value = $sync_rate_reasons|push:({
            level: "critical",
            category: "sync",
            message: "rezen sync failure rate " ~ (($rezen_sync_failure_rate * 100)|round:0) ~ "% (" ~ ($rezen_sync_failed|join:"; ") ~ ")"
          })
        }
      }
      elseif ($rezen_sync_failure_rate >= $input.sync_failure_rate_warning) {
        var.update $sync_rate_reasons {
          value = $sync_rate_reasons|push:({
            level: "warning",
            category: "sync",
            message: "rezen sync failure rate " ~ (($rezen_sync_failure_rate * 100)|round:0) ~ "% (" ~ ($rezen_sync_failed|join:"; ") ~ ")"
          })
        }
      }
    }
    db.query "skyslope_sync_state" {
      sort = {id: "asc"}
    } as $skyslope_sync_rows
    var $skyslope_sync_errors {
      value = 0
    }
    var $skyslope_sync_failed {
      value = []
    }
    foreach ($skyslope_sync_rows) {
      each as $skyslope_sync_row {
        var $sync_status {
          value = $status_words|get:($skyslope_sync_row.status|first_notempty:""|to_text|trim|to_lower|replace:" ":"_"|replace:"-":"_"):"unknown"
        }
        var $sync_entity {
          value = $skyslope_sync_row.entity_type|first_notempty:"(none)"
        }
        var.update $sync_state {
          value = $sync_state|push:({
            integration: "skyslope",
            entityType: $sync_entity,
            status: $sync_status,
            rawStatus: $skyslope_sync_row.status,
            lastSyncAt: $skyslope_sync_row.last_sync_at,
            errorMessage: $skyslope_sync_row.error_message|first_notempty:null,
            recordsSynced: $skyslope_sync_row.records_synced
          })
        }
        conditional {
          if ($sync_status == "error") {
            var.update $skyslope_sync_errors {
              value = $skyslope_sync_errors + 1
            }
            var.update $skyslope_sync_failed {
              value = $skyslope_sync_failed|push:($sync_entity ~ ((($skyslope_sync_row.error_message|first_notempty:""|strlen) > 0) ? (": " ~ $skyslope_sync_row.error_message) : ""))
            }
          }
        }
        conditional {
          if ($skyslope_sync_row.last_sync_at == null) {
            var.update $sync_age_reasons {
              value = $sync_age_reasons|push:({
                level: "critical",
                category: "sync",
                message: "skyslope " ~ $sync_entity ~ " has never synced (last_sync_at is null)"
              })
            }
          }
          else {
            var $sync_age_hours {
              value = ($checked_at - ($skyslope_sync_row.last_sync_at|to_ms)) / 3600000
            }
            conditional {
              if ($sync_age_hours >= $input.sync_age_hours_critical) {
                var.update $sync_age_reasons {
                  value = $sync_age_reasons|push:({
                    level: "critical",
                    category: "sync",
                    message: "skyslope " ~ $sync_entity ~ " last synced " ~ ($sync_age_hours|round:1) ~ " h ago (≥ " ~ $input.sync_age_hours_critical ~ " h)"
                  })
                }
              }
              elseif ($sync_age_hours >= $input.sync_age_hours_warning) {
                var.update $sync_age_reasons {
                  value = $sync_age_reasons|push:({
                    level: "warning",
                    category: "sync",
                    message: "skyslope " ~ $sync_entity ~ " last synced " ~ ($sync_age_hours|round:1) ~ " h ago (≥ " ~ $input.sync_age_hours_warning ~ " h)"
                  })
                }
              }
            }
          }
        }
      }
    }
    var $skyslope_sync_failure_rate {
      value = 0
    }
    conditional {
      if (($skyslope_sync_rows|count) > 0) {
        var.update $skyslope_sync_failure_rate {
          value = $skyslope_sync_errors / ($skyslope_sync_rows|count)
        }
      }
    }
    conditional {
      if ($skyslope_sync_failure_rate >= $input.sync_failure_rate_critical) {
        var.update $sync_rate_reasons {
          value = $sync_rate_reasons|push:({
            level: "critical",
            category: "sync",
            message: "skyslope sync failure rate " ~ (($skyslope_sync_failure_rate * 100)|round:0) ~ "% (" ~ ($skyslope_sync_failed|join:"; ") ~ ")"
          })
        }
      }
      elseif ($skyslope_sync_failure_rate >= $input.sync_failure_rate_warning) {
        var.update $sync_rate_reasons {
          value = $sync_rate_reasons|push:({
            level: "warning",
            category: "sync",
            message: "skyslope sync failure rate " ~ (($skyslope_sync_failure_rate * 100)|round:0) ~ "% (" ~ ($skyslope_sync_failed|join:"; ") ~ ")"
          })
        }
      }
    }
    var $sync_reasons {
      value = $sync_rate_reasons|merge:$sync_age_reasons
    }
    var $sync_failure_rate {
      value = {
        fub: $fub_sync_failure_rate,
        rezen: $rezen_sync_failure_rate,
        skyslope: $skyslope_sync_failure_rate
      }
    }
    var $jobs {
      value = []
    }
    var $stuck_jobs {
      value = []
    }
    var $job_reasons {
      value = []
    }
    db.query "fub_onboarding_jobs" {
      sort = {id: "asc"}
    } as $fub_job_rows
    var $fub_jobs_pending {
      value = 0
    }
    var $fub_jobs_active {
      value = 0
    }
    var $fub_jobs_stuck {
      value = 0
    }
    var $fub_jobs_error {
      value = 0
    }
    foreach ($fub_job_rows) {
      each as $fub_job {
        var $job_status {
          value = $status_words|get:($fub_job.status|first_notempty:""|to_text|trim|to_lower|replace:" ":"_"|replace:"-":"_"):"unknown"
        }
        var.update $jobs {
          value = $jobs|push:({
            integration: "fub",
            table: "fub_onboarding_jobs",
            id: $fub_job.id,
            status: $job_status,
            rawStatus: $fub_job.status,
            started: $fub_job.started
          })
        }
        conditional {
          if ($job_status == "pending") {
            var.update $fub_jobs_pending {
              value = $fub_jobs_pending + 1
            }
          }
        }
        conditional {
          if ($job_status == "error") {
            var.update $fub_jobs_error {
              value = $fub_jobs_error + 1
            }
          }
        }
        conditional {
          if ($job_status == "active") {
            var.update $fub_jobs_active {
              value = $fub_jobs_active + 1
            }
            conditional {
              if ($fub_job.started == null) {
                var.update $fub_jobs_stuck {
                  value = $fub_jobs_stuck + 1
                }
                var.update $stuck_jobs {
                  value = $stuck_jobs|push:({
                    integration: "fub",
                    table: "fub_onboarding_jobs",
                    id: $fub_job.id,
                    rawStatus: $fub_job.status,
                    started: $fub_job.started,
                    ageHours: null
                  })
                }
                var.update $job_reasons {
                  value = $job_reasons|push:({
                    level: "critical",
                    category: "jobs",
                    message: "fub_onboarding_jobs " ~ $fub_job.id ~ " is " ~ $fub_job.status ~ " with no started time (no poller will pick it up)"
                  })
                }
              }
              else {
                var $job_age_hours {
                  value = ($checked_at - ($fub_job.started|to_ms)) / 3600000
                }
                conditional {
                  if ($job_age_hours >= $input.stuck_job_hours_warning) {
                    var.update $fub_jobs_stuck {
                      value = $fub_jobs_stuck + 1
                    }
                    var.update $stuck_jobs {
                      value = $stuck_jobs|push:({
                        integration: "fub",
                        table: "fub_onboarding_jobs",
                        id: $fub_job.id,
                        rawStatus: $fub_job.status,
                        started: $fub_job.started,
                        ageHours: $job_age_hours
                      })
                    }
                    conditional {
                      if ($job_age_hours >= $input.stuck_job_hours_critical) {
                        var.update $job_reasons {
                          value = $job_reasons|push:({
                            level: "critical",
                            category: "jobs",
                            message: "fub_onboarding_jobs " ~ $fub_job.id ~ " is " ~ $fub_job.status ~ " since " ~ ($job_age_hours|round:1) ~ " h"
                          })
                        }
                      }
                      else {
                        var.update $job_reasons {
                          value = $job_reasons|push:({
                            level: "warning",
                            category: "jobs",
                            message: "fub_onboarding_jobs " ~ $fub_job.id ~ " is " ~ $fub_job.status ~ " since " ~ ($job_age_hours|round:1) ~ " h"
                          })
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    db.query "rezen_onboarding_jobs" {
      sort = {id: "asc"}
    } as $rezen_job_rows
    var $rezen_jobs_pending {
      value = 0
    }
    var $rezen_jobs_active {
      value = 0
    }
    var $rezen_jobs_stuck {
      value = 0
    }
    var $rezen_jobs_error {
      value = 0
    }
    foreach ($rezen_job_rows) {
      each as $rezen_job {
        var $job_status {
          value = $status_words|get:($rezen_job.status|first_notempty:""|to_text|trim|to_lower|replace:" ":"_"|replace:"-":"_"):"unknown"
        }
        var.update $jobs {
          value = $jobs|push:({
            integration: "rezen",
            table: "rezen_onboarding_jobs",
            id: $rezen_job.id,
            status: $job_status,
            rawStatus: $rezen_job.status,
            started: $rezen_job.started
          })
        }
        conditional {
          if ($job_status == "pending") {
            var.update $rezen_jobs_pending {
              value = $rezen_jobs_pending + 1
            }
          }
        }
        conditional {
          if ($job_status == "error") {
            var.update $rezen_jobs_error {
              value = $rezen_jobs_error + 1
            }
          }
        }
        conditional {
          if ($job_status == "active") {
            var.update $rezen_jobs_active {
              value = $rezen_jobs_active + 1
            }
            conditional {
              if ($rezen_job.started == null) {
                var.update $rezen_jobs_stuck {
                  value = $rezen_jobs_stuck + 1
                }
                var.update $stuck_jobs {
                  value = $stuck_jobs|push:({
                    integration: "rezen",
                    table: "rezen_onboarding_jobs",
                    id: $rezen_job.id,
                    rawStatus: $rezen_job.status,
                    started: $rezen_job.started,
                    ageHours: null
                  })
                }
                var.update $job_reasons {
                  value = $job_reasons|push:({
                    level: "critical",
                    category: "jobs",
                    message: "rezen_onboarding_jobs " ~ $rezen_job.id ~ " is " ~ $rezen_job.status ~ " with no started time (no poller will pick it up)"
                  })
                }
              }
              else {
                var $job_age_hours {
                  value = ($checked_at - ($rezen_job.started|to_ms)) / 3600000
                }
                conditional {
                  if ($job_age_hours >= $input.stuck_job_hours_warning) {
                    var.update $rezen_jobs_stuck {
                      value = $rezen_jobs_stuck + 1
                    }
                    var.update $stuck_jobs {
                      value = $stuck_jobs|push:({
                        integration: "rezen",
                        table: "rezen_onboarding_jobs",
                        id: $rezen_job.id,
                        rawStatus: $rezen_job.status,
                        started: $rezen_job.started,
                        ageHours: $job_age_hours
                      })
                    }
                    conditional {
                      if ($job_age_hours >= $input.stuck_job_hours_critical) {
                        var.update $job_reasons {
                          value = $job_reasons|push:({
                            level: "critical",
                            category: "jobs",
                            message: "rezen_onboarding_jobs " ~ $rezen_job.id ~ " is " ~ $rezen_job.status ~ " since " ~ ($job_age_hours|round:1) ~ " h"
                          })
                        }
                      }
                      else {
                        var.update $job_reasons {
                          value = $job_reasons|push:({
                            level: "warning",
                            category: "jobs",
                            message: "rezen_onboarding_jobs " ~ $rezen_job.id ~ " is " ~ $rezen_job.status ~ " since " ~ ($job_age_hours|round:1) ~ " h"
                          })
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    var $onboarding_jobs {
      value = {
        fub: {
          total: $fub_job_rows|count,
          pending: $fub_jobs_pending,
          active: $fub_jobs_active,
          stuck: $fub_jobs_stuck,
          error: $fub_jobs_error
        },
        rezen: {
          total: $rezen_job_rows|count,
          pending: $rezen_jobs_pending,
          active: $rezen_jobs_active,
          stuck: $rezen_jobs_stuck,
          error: $rezen_jobs_error
        },
        skyslope: {total: 0, pending: 0, active: 0, stuck: 0, error: 0}
      }
    }
    var $reasons {
      value = $staging_reasons|merge:$sync_reasons|merge:$job_reasons
    }
    var $has_critical {
      value = false
    }
    foreach ($reasons) {
      each as $reason {
        conditional {
          if (($reason|get:"level":"") == "critical") {
            var.update $has_critical {
              value = true
            }
          }
        }
      }
    }
    var $verdict {
      value = $has_critical ? "critical" : ((($reasons|count) > 0) ? "warning" : "healthy")
    }
  }
  response = {
    success: true,
    data: {
      checkedAt: $checked_at,
      staging: $staging,
      finalTables: $final_tables,
      syncState: $sync_state,
      jobs: $jobs,
      backlog: $backlog,
      onboardingJobs: $onboarding_jobs,
      stuckJobs: $stuck_jobs,
      syncFailureRate: $sync_failure_rate,
      verdict: $verdict,
      reasons: $reasons,
      thresholds: {
        stagingBacklog: {
          warning: $input.staging_backlog_warning,
          critical: $input.staging_backlog_critical
        },
        syncFailureRate: {
          warning: $input.sync_failure_rate_warning,
          critical: $input.sync_failure_rate_critical
        },
        syncAgeHours: {
          warning: $input.sync_age_hours_warning,
          critical: $input.sync_age_hours_critical
        },
        stuckJobHours: {
          warning: $input.stuck_job_hours_warning,
          critical: $input.stuck_job_hours_critical
        }
      }
    },
    error: null,
    step: "complete"
  }
}
