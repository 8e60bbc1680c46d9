function "Workers/reZEN - Onboarding Process RevShare Totals" {
  description = "Onboarding step: sums the user's contributions per revshare tier into revshare_totals."
  input {
    int user_id {
      description = "The user whose onboarding job to advance"
    }
  }
  stack {
    db.query "rezen_onboarding_jobs" {
      where = ($db.rezen_onboarding_jobs.user_id == $input.user_id) && (($db.rezen_onboarding_jobs.status == "New") || ($db.rezen_onboarding_jobs.status == "Started") || (($db.rezen_onboarding_jobs.status == "Error") && ($db.rezen_onboarding_jobs.failed_attempts < 3))) && ($db.rezen_onboarding_jobs.revshare_totals == false)
      sort = {created_at: "asc"}
      return = {type: "single"}
    } as $pending_job
    conditional {
      if ($pending_job == null) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No pending onboarding job needs revshare_totals",
            step: "revshare_totals"
          }
        }
      }
    }
    precondition ($pending_job != null) {
      error_type = "notfound"
      error = "No pending onboarding job"
    }
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $onboarding_user
    var $onboarding_agent_id {
      value = $onboarding_user|get:"agent_id":0|first_notnull:0
    }
    db.get "agent" {
      field_name = "id"
      field_value = $onboarding_agent_id
    } as $onboarding_agent
    var $yenta_id {
      value = $onboarding_agent|get:"agent_id_raw":""
    }
    conditional {
      if ($yenta_id == "") {
        return {
          value = {
            success: false,
            data: null,
            error: {
              code: "NO_REZEN_AGENT",
              message: "The user has no reZEN agent id (agent.agent_id_raw)"
            },
            step: "revshare_totals"
          }
        }
      }
    }
    conditional {
      if ($pending_job.status == "New") {
        db.edit "rezen_onboarding_jobs" {
          field_name = "id"
          field_value = $pending_job.id
          data = {status: "Started", started: now}
        }
      }
    }
    conditional {
      if ($pending_job.status == "Error") {
        db.edit "rezen_onboarding_jobs" {
          field_name = "id"
          field_value = $pending_job.id
          data = {
            status: "Started",
            started: $pending_job.started|first_notnull:now,
            finished: null
          }
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "contributions")
      return = {type: "single"}
    } as $contributions_sync_state
    conditional {
      if (($contributions_sync_state|get:"status":"") == "error") {
        return {
          value = {
            success: true,
            skipped: true,
            step: "revshare_totals",
            reason: "The last contributions sync failed: the totals wait for one that succeeds, so they sum every contribution"
          }
        }
      }
    }
    var $tiers_written {
      value = 0
    }
    for (5) {
      each as $tier_index {
        var $tier {
          value = $tier_index + 1
        }
        db.query "contribution" {
          where = ($db.contribution.user_id == $input.user_id) && ($db.contribution.tier == $tier)
        } as $tier_contributions
        var $paid_amount {
          value = 0
        }
        var $pending_amount {
          value = 0
        }
        foreach ($tier_contributions) {
          each as $tier_contribution {
            conditional {
              if ($tier_contribution.status == "PAID") {
                var.update $paid_amount {
                  value = $paid_amount + $tier_contribution.amount
                }
              }
            }
            conditional {
              if ($tier_contribution.status == "PENDING") {
                var.update $pending_amount {
                  value = $pending_amount + $tier_contribution.amount
                }
              }
            }
          }
        }
        db.add_or_edit "revshare_totals" {
          field_name = "revshare_totals_id_raw"
          field_value = ($input.user_id|to_text) ~ ":" ~ ($tier|to_text)
          data = {
            revshare_totals_id_raw: ($input.user_id|to_text) ~ ":" ~ ($tier|to_text),
            user_id: $input.user_id,
            tier: $tier,
            paid_amount: $paid_amount,
            pending_amount: $pending_amount,
            total_amount: $paid_amount + $pending_amount,
            contribution_count: $tier_contributions|count,
            updated_at: now
          }
        }
        var.update $tiers_written {
          value = $tiers_written + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "revshare_totals")
      return = {type: "single"}
    } as $revshare_totals_sync_state
    conditional {
      if ($revshare_totals_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "revshare_totals",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $tiers_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $revshare_totals_sync_state|get:"id":0
          data = {
            entity_type: "revshare_totals",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $tiers_written,
            error_message: null
          }
        }
      }
    }
    db.edit "rezen_onboarding_jobs" {
      field_name = "id"
      field_value = $pending_job.id
      data = {revshare_totals: true, failed_attempts: 0}
    } as $job_done
    conditional {
      if (($job_done.cap_data == true) && ($job_done.equity_data == true) && ($job_done.sponsor_tree == true) && ($job_done.revshare_totals == true) && ($job_done.pending_contributions == true) && ($job_done.contributions == true) && ($job_done.network_downline == true) && ($job_done.stage_contributions == true) && ($job_done.load_contributions == true) && ($job_done.contributors == true)) {
        db.edit "rezen_onboarding_jobs" {
          field_name = "id"
          field_value = $pending_job.id
          data = {status: "Complete", finished: now, error_message: null}
        }
      }
    }
  }
  response = {
    success: true,
    data: {job_id: $pending_job.id, tiers: $tiers_written},
    error: null,
    step: "revshare_totals"
  }
}
