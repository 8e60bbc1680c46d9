function "Workers/reZEN - Onboarding Process Pending Contributions" {
  description = "Onboarding step: stages the user's pending reZEN contributions and writes them to contributions_pending."
  input {
    int user_id {
      description = "The user whose onboarding job to advance"
    }
  }
  stack {
    db.query "rezen_onboarding_jobs" {
      where = ($db.rezen_onboarding_jobs.user_id == $input.user_id) && (($db.rezen_onboarding_jobs.status == "New") || ($db.rezen_onboarding_jobs.status == "Started") || (($db.rezen_onboarding_jobs.status == "Error") && ($db.rezen_onboarding_jobs.failed_attempts < 3))) && ($db.rezen_onboarding_jobs.pending_contributions == false)
      sort = {created_at: "asc"}
      return = {type: "single"}
    } as $pending_job
    conditional {
      if ($pending_job == null) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No pending onboarding job needs pending_contributions",
            step: "pending_contributions"
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
            step: "pending_contributions"
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
    var $contributions_page {
      value = 0
    }
    var $contributions_has_more {
      value = true
    }
    var $contributions_fetched {
      value = 0
    }
    var $contributions_status {
      value = 0
    }
    var $contributions_reason {
      value = ""
    }
    var $contributions_answer {
      value = null
    }
    while ($contributions_has_more) {
      each {
        var.update $contributions_status {
          value = 0
        }
        try_catch {
          try {
            api.request {
              url = $env.REZEN_BASE_URL ~ "/arrakis/api/v1/revshare/participant/" ~ $yenta_id ~ "/contributions"
              method = "GET"
              params = {pageNumber: $contributions_page, pageSize: 100}
              timeout = 30
            } as $contributions_answer
            var.update $contributions_status {
              value = $contributions_answer|get:"response":({})|get:"status":0
            }
            var.update $contributions_reason {
              value = $contributions_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $contributions_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($contributions_status != 200) {
            var $contributions_error {
              value = {
                status: $contributions_status,
                url: $env.REZEN_BASE_URL ~ "/arrakis/api/v1/revshare/participant/" ~ $yenta_id ~ "/contributions",
                page: $contributions_page,
                message: $contributions_reason
              }
            }
            db.query "rezen_sync_state" {
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "contributions_pending")
              return = {type: "single"}
            } as $contributions_pending_sync_state
            conditional {
              if ($contributions_pending_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "contributions_pending",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $contributions_error|get:"message":"failed"
                  }
                }
              }
              else {
                db.edit "rezen_sync_state" {
                  field_name = "id"
                  field_value = $contributions_pending_sync_state|get:"id":0
                  data = {
                    entity_type: "contributions_pending",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $contributions_error|get:"message":"failed"
                  }
                }
              }
            }
            db.edit "rezen_onboarding_jobs" {
              field_name = "id"
              field_value = $pending_job.id
              data = {
                status: "Error",
                finished: now,
                error_message: $contributions_error|get:"message":"failed",
                failed_attempts: $pending_job.failed_attempts + 1
              }
            }
            return {
              value = {
                success: false,
                data: null,
                error: $contributions_error,
                step: "pending_contributions"
              }
            }
          }
        }
        var $contributions_response {
          value = $contributions_answer|get:"response":({})
        }
        var $contributions_body {
          value = $contributions_response|get:"result":({})
        }
        foreach ($contributions_body|get:"results":[]) {
          each as $contributions_record {
            conditional {
              if (($contributions_record|get:"status":"") == "PENDING") {
                db.add_or_edit "stage_pending_contribution_rezen" {
                  field_name = "external_id"
                  field_value = $contributions_record|get:"id":""
                  data = {
                    external_id: $contributions_record|get:"id":"",
                    user_id: $input.user_id,
                    payload: $contributions_record,
                    is_processed: false,
                    updated_at: now
                  }
                }
              }
            }
            var.update $contributions_fetched {
              value = $contributions_fetched + 1
            }
          }
        }
        var.update $contributions_has_more {
          value = ($contributions_body|get:"hasNext":false) == true
        }
        var.update $contributions_page {
          value = $contributions_page + 1
        }
      }
    }
    db.query "stage_pending_contribution_rezen" {
      where = ($db.stage_pending_contribution_rezen.user_id == $input.user_id) && ($db.stage_pending_contribution_rezen.is_processed == false)
      sort = {id: "asc"}
    } as $pending_staged
    var $pending_written {
      value = 0
    }
    foreach ($pending_staged) {
      each as $pending_row {
        var $pending_payload {
          value = $pending_row.payload
        }
        db.add_or_edit "contributions_pending" {
          field_name = "contribution_id_raw"
          field_value = $pending_row.external_id
          data = {
            contribution_id_raw: $pending_row.external_id,
            user_id: $input.user_id,
            transaction_id_raw: $pending_payload|get:"transactionId":"",
            contributing_agent_id_raw: $pending_payload|get:"contributingAgentYentaId":"",
            receiving_agent_id_raw: $pending_payload|get:"receivingAgentYentaId":"",
            amount: $pending_payload|get:"amount":({})|get:"amount":0,
            tier: $pending_payload|get:"tier":0,
            status: $pending_payload|get:"status":"",
            contribution_type: $pending_payload|get:"contributionType":"",
            contribution_date: $pending_payload|get:"contributionDate":"",
            updated_at: now
          }
        }
        db.edit "stage_pending_contribution_rezen" {
          field_name = "id"
          field_value = $pending_row.id
          data = {is_processed: true, updated_at: now}
        }
        var.update $pending_written {
          value = $pending_written + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "contributions_pending")
      return = {type: "single"}
    } as $contributions_pending_sync_state
    conditional {
      if ($contributions_pending_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "contributions_pending",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $pending_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $contributions_pending_sync_state|get:"id":0
          data = {
            entity_type: "contributions_pending",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $pending_written,
            error_message: null
          }
        }
      }
    }
    db.edit "rezen_onboarding_jobs" {
      field_name = "id"
      field_value = $pending_job.id
      data = {pending_contributions: true, failed_attempts: 0}
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
    data: {
      job_id: $pending_job.id,
      fetched: $contributions_fetched,
      written: $pending_written
    },
    error: null,
    step: "pending_contributions"
  }
}
