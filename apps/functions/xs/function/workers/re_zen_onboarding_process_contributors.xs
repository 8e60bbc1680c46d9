function "Workers/reZEN - Onboarding Process Contributors" {
  description = "Onboarding step: writes what each of the user's reZEN contributors has paid the user to network_member."
  input {
    int user_id {
      description = "The user whose onboarding job to advance"
    }
  }
  stack {
    db.query "rezen_onboarding_jobs" {
      where = ($db.rezen_onboarding_jobs.user_id == $input.user_id) && (($db.rezen_onboarding_jobs.status == "New") || ($db.rezen_onboarding_jobs.status == "Started") || (($db.rezen_onboarding_jobs.status == "Error") && ($db.rezen_onboarding_jobs.failed_attempts < 3))) && ($db.rezen_onboarding_jobs.contributors == false)
      sort = {created_at: "asc"}
      return = {type: "single"}
    } as $pending_job
    conditional {
      if ($pending_job == null) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No pending onboarding job needs contributors",
            step: "contributors"
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
            step: "contributors"
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
    var $contributors_page {
      value = 0
    }
    var $contributors_has_more {
      value = true
    }
    var $contributors_fetched {
      value = 0
    }
    var $contributors_status {
      value = 0
    }
    var $contributors_reason {
      value = ""
    }
    var $contributors_answer {
      value = null
    }
    while ($contributors_has_more) {
      each {
        var.update $contributors_status {
          value = 0
        }
        try_catch {
          try {
            api.request {
              url = $env.REZEN_BASE_URL ~ "/arrakis/api/v1/revshare/participant/" ~ $yenta_id ~ "/contributors"
              method = "GET"
              params = {pageNumber: $contributors_page, pageSize: 100}
              timeout = 30
            } as $contributors_answer
            var.update $contributors_status {
              value = $contributors_answer|get:"response":({})|get:"status":0
            }
            var.update $contributors_reason {
              value = $contributors_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $contributors_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($contributors_status != 200) {
            var $contributors_error {
              value = {
                status: $contributors_status,
                url: $env.REZEN_BASE_URL ~ "/arrakis/api/v1/revshare/participant/" ~ $yenta_id ~ "/contributors",
                page: $contributors_page,
                message: $contributors_reason
              }
            }
            db.query "rezen_sync_state" {
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "contributors")
              return = {type: "single"}
            } as $contributors_sync_state
            conditional {
              if ($contributors_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "contributors",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $contributors_error|get:"message":"failed"
                  }
                }
              }
              else {
                db.edit "rezen_sync_state" {
                  field_name = "id"
                  field_value = $contributors_sync_state|get:"id":0
                  data = {
                    entity_type: "contributors",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $contributors_error|get:"message":"failed"
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
                error_message: $contributors_error|get:"message":"failed",
                failed_attempts: $pending_job.failed_attempts + 1
              }
            }
            return {
              value = {success: false, data: null, error: $contributors_error, step: "contributors"}
            }
          }
        }
        var $contributors_response {
          value = $contributors_answer|get:"response":({})
        }
        var $contributors_body {
          value = $contributors_response|get:"result":({})
        }
        foreach ($contributors_body|get:"results":[]) {
          each as $contributors_record {
            var $contributor_member_id {
              value = ($input.user_id|to_text) ~ ":" ~ ($contributors_record|get:"yentaId":"")
            }
            db.add_or_edit "network_member" {
              field_name = "network_member_id_raw"
              field_value = $contributor_member_id
              data = {
                network_member_id_raw: $contributor_member_id,
                user_id: $input.user_id,
                downline_agent_id_raw: $contributors_record|get:"yentaId":"",
                tier: $contributors_record|get:"tier":0,
                contribution_count: $contributors_record|get:"contributionCount":0,
                contributed_amount: $contributors_record|get:"totalContribution":({})|get:"amount":0,
                updated_at: now
              }
            }
            var.update $contributors_fetched {
              value = $contributors_fetched + 1
            }
          }
        }
        var.update $contributors_has_more {
          value = ($contributors_body|get:"hasNext":false) == true
        }
        var.update $contributors_page {
          value = $contributors_page + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "contributors")
      return = {type: "single"}
    } as $contributors_sync_state
    conditional {
      if ($contributors_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "contributors",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $contributors_fetched,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $contributors_sync_state|get:"id":0
          data = {
            entity_type: "contributors",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $contributors_fetched,
            error_message: null
          }
        }
      }
    }
    db.edit "rezen_onboarding_jobs" {
      field_name = "id"
      field_value = $pending_job.id
      data = {contributors: true, failed_attempts: 0}
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
    data: {job_id: $pending_job.id, fetched: $contributors_fetched},
    error: null,
    step: "contributors"
  }
}
