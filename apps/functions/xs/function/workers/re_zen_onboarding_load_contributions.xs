function "Workers/reZEN - Onboarding Load Contributions" {
  description = "Onboarding step: writes the contributions Stage Contributions (8057) staged to contribution."
  input {
    int user_id {
      description = "The user whose onboarding job to advance"
    }
  }
  stack {
    db.query "rezen_onboarding_jobs" {
      where = ($db.rezen_onboarding_jobs.user_id == $input.user_id) && (($db.rezen_onboarding_jobs.status == "New") || ($db.rezen_onboarding_jobs.status == "Started") || (($db.rezen_onboarding_jobs.status == "Error") && ($db.rezen_onboarding_jobs.failed_attempts < 3))) && ($db.rezen_onboarding_jobs.load_contributions == false) && ($db.rezen_onboarding_jobs.stage_contributions == true)
      sort = {created_at: "asc"}
      return = {type: "single"}
    } as $pending_job
    conditional {
      if ($pending_job == null) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No pending onboarding job needs load_contributions (after stage_contributions)",
            step: "load_contributions"
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
            step: "load_contributions"
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
    db.query "stage_contributions_rezen_onboarding" {
      where = ($db.stage_contributions_rezen_onboarding.user_id == $input.user_id) && ($db.stage_contributions_rezen_onboarding.is_processed == false)
      sort = {id: "asc"}
    } as $load_staged
    var $load_written {
      value = 0
    }
    foreach ($load_staged) {
      each as $load_row {
        var $load_payload {
          value = $load_row.payload
        }
        db.get "transaction" {
          field_name = "transaction_id_raw"
          field_value = $load_payload|get:"transactionId":""
        } as $contribution_transaction
        db.add_or_edit "contribution" {
          field_name = "contribution_id_raw"
          field_value = $load_row.external_id
          data = {
            contribution_id_raw: $load_row.external_id,
            user_id: $input.user_id,
            amount: $load_payload|get:"amount":({})|get:"amount":0,
            contribution_type: $load_payload|get:"contributionType":"",
            status: $load_payload|get:"status":"",
            contribution_date: $load_payload|get:"contributionDate":"",
            tier: $load_payload|get:"tier":0,
            transaction_id: $contribution_transaction|get:"id":null,
            updated_at: now
          }
        }
        db.edit "stage_contributions_rezen_onboarding" {
          field_name = "id"
          field_value = $load_row.id
          data = {is_processed: true, updated_at: now}
        }
        var.update $load_written {
          value = $load_written + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "load_contributions")
      return = {type: "single"}
    } as $load_contributions_sync_state
    conditional {
      if ($load_contributions_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "load_contributions",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $load_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $load_contributions_sync_state|get:"id":0
          data = {
            entity_type: "load_contributions",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $load_written,
            error_message: null
          }
        }
      }
    }
    db.edit "rezen_onboarding_jobs" {
      field_name = "id"
      field_value = $pending_job.id
      data = {load_contributions: true, failed_attempts: 0}
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
    data: {job_id: $pending_job.id, written: $load_written},
    error: null,
    step: "load_contributions"
  }
}
