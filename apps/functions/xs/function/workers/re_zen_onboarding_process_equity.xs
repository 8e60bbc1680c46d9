function "Workers/reZEN - Onboarding Process Equity" {
  description = "Onboarding step: writes every reZEN equity transaction of the user to equity_transactions."
  input {
    int user_id {
      description = "The user whose onboarding job to advance"
    }
  }
  stack {
    db.query "rezen_onboarding_jobs" {
      where = ($db.rezen_onboarding_jobs.user_id == $input.user_id) && (($db.rezen_onboarding_jobs.status == "New") || ($db.rezen_onboarding_jobs.status == "Started") || (($db.rezen_onboarding_jobs.status == "Error") && ($db.rezen_onboarding_jobs.failed_attempts < 3))) && ($db.rezen_onboarding_jobs.equity_data == false)
      sort = {created_at: "asc"}
      return = {type: "single"}
    } as $pending_job
    conditional {
      if ($pending_job == null) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No pending onboarding job needs equity_data",
            step: "equity_data"
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
            step: "equity_data"
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
    var $equity_ob_page {
      value = 0
    }
    var $equity_ob_has_more {
      value = true
    }
    var $equity_ob_fetched {
      value = 0
    }
    var $equity_ob_status {
      value = 0
    }
    var $equity_ob_reason {
      value = ""
    }
    var $equity_ob_answer {
      value = null
    }
    while ($equity_ob_has_more) {
      each {
        var.update $equity_ob_status {
          value = 0
        }
        try_catch {
          try {
            api.request {
              url = $env.REZEN_BASE_URL ~ "/arrakis/api/v1/equity/participant/" ~ $yenta_id ~ "/transactions"
              method = "GET"
              params = {pageNumber: $equity_ob_page, pageSize: 100}
              timeout = 30
            } as $equity_ob_answer
            var.update $equity_ob_status {
              value = $equity_ob_answer|get:"response":({})|get:"status":0
            }
            var.update $equity_ob_reason {
              value = $equity_ob_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $equity_ob_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($equity_ob_status != 200) {
            var $equity_ob_error {
              value = {
                status: $equity_ob_status,
                url: $env.REZEN_BASE_URL ~ "/arrakis/api/v1/equity/participant/" ~ $yenta_id ~ "/transactions",
                page: $equity_ob_page,
                message: $equity_ob_reason
              }
            }
            db.query "rezen_sync_state" {
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "equity_data")
              return = {type: "single"}
            } as $equity_data_sync_state
            conditional {
              if ($equity_data_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "equity_data",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $equity_ob_error|get:"message":"failed"
                  }
                }
              }
              else {
                db.edit "rezen_sync_state" {
                  field_name = "id"
                  field_value = $equity_data_sync_state|get:"id":0
                  data = {
                    entity_type: "equity_data",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $equity_ob_error|get:"message":"failed"
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
                error_message: $equity_ob_error|get:"message":"failed",
                failed_attempts: $pending_job.failed_attempts + 1
              }
            }
            return {
              value = {success: false, data: null, error: $equity_ob_error, step: "equity_data"}
            }
          }
        }
        var $equity_ob_response {
          value = $equity_ob_answer|get:"response":({})
        }
        var $equity_ob_body {
          value = $equity_ob_response|get:"result":({})
        }
        foreach ($equity_ob_body|get:"results":[]) {
          each as $equity_ob_record {
            var $equity_ob_id {
              value = $equity_ob_record|get:"id":""
            }
            db.add_or_edit "equity_transactions" {
              field_name = "equity_transaction_id_raw"
              field_value = $equity_ob_id
              data = {
                equity_transaction_id_raw: $equity_ob_id,
                user_id: $input.user_id,
                transaction_id_raw: $equity_ob_record|get:"transactionId":"",
                equity_type: $equity_ob_record|get:"equityType":"",
                shares: $equity_ob_record|get:"shares":0,
                amount: $equity_ob_record|get:"amount":({})|get:"amount":0,
                status: $equity_ob_record|get:"status":"",
                issue_date: $equity_ob_record|get:"issueDate":"",
                updated_at: now
              }
            }
            var.update $equity_ob_fetched {
              value = $equity_ob_fetched + 1
            }
          }
        }
        var.update $equity_ob_has_more {
          value = ($equity_ob_body|get:"hasNext":false) == true
        }
        var.update $equity_ob_page {
          value = $equity_ob_page + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "equity_data")
      return = {type: "single"}
    } as $equity_data_sync_state
    conditional {
      if ($equity_data_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "equity_data",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $equity_ob_fetched,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $equity_data_sync_state|get:"id":0
          data = {
            entity_type: "equity_data",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $equity_ob_fetched,
            error_message: null
          }
        }
      }
    }
    db.edit "rezen_onboarding_jobs" {
      field_name = "id"
      field_value = $pending_job.id
      data = {equity_data: true, failed_attempts: 0}
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
    data: {job_id: $pending_job.id, fetched: $equity_ob_fetched},
    error: null,
    step: "equity_data"
  }
}
