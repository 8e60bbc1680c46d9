function "Workers/reZEN - Onboarding Process Stage Contributions" {
  description = "Onboarding step: stages the user's reZEN contributions in stage_contributions_rezen_onboarding (unprocessed)."
  input {
    int user_id {
      description = "The user whose onboarding job to advance"
    }
  }
  stack {
    db.query "rezen_onboarding_jobs" {
      where = ($db.rezen_onboarding_jobs.user_id == $input.user_id) && (($db.rezen_onboarding_jobs.status == "New") || ($db.rezen_onboarding_jobs.status == "Started") || (($db.rezen_onboarding_jobs.status == "Error") && ($db.rezen_onboarding_jobs.failed_attempts < 3))) && ($db.rezen_onboarding_jobs.stage_contributions == false)
      sort = {created_at: "asc"}
      return = {type: "single"}
    } as $pending_job
    conditional {
      if ($pending_job == null) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No pending onboarding job needs stage_contributions",
            step: "stage_contributions"
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
            step: "stage_contributions"
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
    var $stage_page {
      value = 0
    }
    var $stage_has_more {
      value = true
    }
    var $stage_fetched {
      value = 0
    }
    var $stage_status {
      value = 0
    }
    var $stage_reason {
      value = ""
    }
    var $stage_answer {
      value = null
    }
    while ($stage_has_more) {
      each {
        var.update $stage_status {
          value = 0
        }
        try_catch {
          try {
            api.request {
              url = $env.REZEN_BASE_URL ~ "/arrakis/api/v1/revshare/participant/" ~ $yenta_id ~ "/contributions"
              method = "GET"
              params = {pageNumber: $stage_page, pageSize: 100}
              timeout = 30
            } as $stage_answer
            var.update $stage_status {
              value = $stage_answer|get:"response":({})|get:"status":0
            }
            var.update $stage_reason {
              value = $stage_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $stage_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($stage_status != 200) {
            var $stage_error {
              value = {
                status: $stage_status,
                url: $env.REZEN_BASE_URL ~ "/arrakis/api/v1/revshare/participant/" ~ $yenta_id ~ "/contributions",
                page: $stage_page,
                message: $stage_reason
              }
            }
            db.query "rezen_sync_state" {
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "stage_contributions")
              return = {type: "single"}
            } as $stage_contributions_sync_state
            conditional {
              if ($stage_contributions_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "stage_contributions",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $stage_error|get:"message":"failed"
                  }
                }
              }
              else {
                db.edit "rezen_sync_state" {
                  field_name = "id"
                  field_value = $stage_contributions_sync_state|get:"id":0
                  data = {
                    entity_type: "stage_contributions",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $stage_error|get:"message":"failed"
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
                error_message: $stage_error|get:"message":"failed",
                failed_attempts: $pending_job.failed_attempts + 1
              }
            }
            return {
              value = {success: false, data: null, error: $stage_error, step: "stage_contributions"}
            }
          }
        }
        var $stage_response {
          value = $stage_answer|get:"response":({})
        }
        var $stage_body {
          value = $stage_response|get:"result":({})
        }
        foreach ($stage_body|get:"results":[]) {
          each as $stage_record {
            db.add_or_edit "stage_contributions_rezen_onboarding" {
              field_name = "external_id"
              field_value = $stage_record|get:"id":""
              data = {
                external_id: $stage_record|get:"id":"",
                user_id: $input.user_id,
                payload: $stage_record,
                is_processed: false,
                updated_at: now
              }
            }
            var.update $stage_fetched {
              value = $stage_fetched + 1
            }
          }
        }
        var.update $stage_has_more {
          value = ($stage_body|get:"hasNext":false) == true
        }
        var.update $stage_page {
          value = $stage_page + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "stage_contributions")
      return = {type: "single"}
    } as $stage_contributions_sync_state
    conditional {
      if ($stage_contributions_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "stage_contributions",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $stage_fetched,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $stage_contributions_sync_state|get:"id":0
          data = {
            entity_type: "stage_contributions",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $stage_fetched,
            error_message: null
          }
        }
      }
    }
    db.edit "rezen_onboarding_jobs" {
      field_name = "id"
      field_value = $pending_job.id
      data = {stage_contributions: true, failed_attempts: 0}
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
    data: {job_id: $pending_job.id, fetched: $stage_fetched, staged: $stage_fetched},
    error: null,
    step: "stage_contributions"
  }
}
