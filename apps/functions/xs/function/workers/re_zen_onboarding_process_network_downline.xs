function "Workers/reZEN - Onboarding Process Network Downline" {
  description = "Onboarding step: stages the user's reZEN down-network and writes it to network_member."
  input {
    int user_id {
      description = "The user whose onboarding job to advance"
    }
  }
  stack {
    db.query "rezen_onboarding_jobs" {
      where = ($db.rezen_onboarding_jobs.user_id == $input.user_id) && (($db.rezen_onboarding_jobs.status == "New") || ($db.rezen_onboarding_jobs.status == "Started") || (($db.rezen_onboarding_jobs.status == "Error") && ($db.rezen_onboarding_jobs.failed_attempts < 3))) && ($db.rezen_onboarding_jobs.network_downline == false)
      sort = {created_at: "asc"}
      return = {type: "single"}
    } as $pending_job
    conditional {
      if ($pending_job == null) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No pending onboarding job needs network_downline",
            step: "network_downline"
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
            step: "network_downline"
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
    var $network_page {
      value = 0
    }
    var $network_has_more {
      value = true
    }
    var $network_fetched {
      value = 0
    }
    var $network_status {
      value = 0
    }
    var $network_reason {
      value = ""
    }
    var $network_answer {
      value = null
    }
    while ($network_has_more) {
      each {
        var.update $network_status {
          value = 0
        }
        try_catch {
          try {
            api.request {
              url = $env.REZEN_BASE_URL ~ "/yenta/api/v1/network/" ~ $yenta_id ~ "/down-network"
              method = "GET"
              params = {pageNumber: $network_page, pageSize: 100}
              timeout = 30
            } as $network_answer
            var.update $network_status {
              value = $network_answer|get:"response":({})|get:"status":0
            }
            var.update $network_reason {
              value = $network_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $network_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($network_status != 200) {
            var $network_error {
              value = {
                status: $network_status,
                url: $env.REZEN_BASE_URL ~ "/yenta/api/v1/network/" ~ $yenta_id ~ "/down-network",
                page: $network_page,
                message: $network_reason
              }
            }
            db.query "rezen_sync_state" {
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "network_downline")
              return = {type: "single"}
            } as $network_downline_sync_state
            conditional {
              if ($network_downline_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "network_downline",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $network_error|get:"message":"failed"
                  }
                }
              }
              else {
                db.edit "rezen_sync_state" {
                  field_name = "id"
                  field_value = $network_downline_sync_state|get:"id":0
                  data = {
                    entity_type: "network_downline",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $network_error|get:"message":"failed"
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
                error_message: $network_error|get:"message":"failed",
                failed_attempts: $pending_job.failed_attempts + 1
              }
            }
            return {
              value = {success: false, data: null, error: $network_error, step: "network_downline"}
            }
          }
        }
        var $network_response {
          value = $network_answer|get:"response":({})
        }
        var $network_body {
          value = $network_response|get:"result":({})
        }
        foreach ($network_body|get:"results":[]) {
          each as $network_record {
            var $member_external_id {
              value = ($input.user_id|to_text) ~ ":" ~ ($network_record|get:"yentaId":"")
            }
            db.get "stage_network_downline_rezen_onboarding" {
              field_name = "external_id"
              field_value = $member_external_id
            } as $member_existing
            var $member_is_changed {
              value = ($member_existing == null) || ((($member_existing|get:"payload":({})|get:"tier":0|to_text) ~ ":" ~ ($member_existing|get:"payload":({})|get:"sponsorYentaId":""|first_notnull:"") ~ ":" ~ (($member_existing|get:"payload":({})|get:"capped":false) ? "capped" : "open") ~ ":" ~ ($member_existing|get:"payload":({})|get:"totalContribution":({})|get:"amount":0|to_text)) != (($network_record|get:"tier":0|to_text) ~ ":" ~ ($network_record|get:"sponsorYentaId":""|first_notnull:"") ~ ":" ~ (($network_record|get:"capped":false) ? "capped" : "open") ~ ":" ~ ($network_record|get:"totalContribution":({})|get:"amount":0|to_text)))
            }
            conditional {
              if ($member_is_changed) {
                db.add_or_edit "stage_network_downline_rezen_onboarding" {
                  field_name = "external_id"
                  field_value = $member_external_id
                  data = {
                    external_id: $member_external_id,
                    user_id: $input.user_id,
                    payload: $network_record,
                    is_processed: false,
                    updated_at: now
                  }
                }
              }
            }
            var.update $network_fetched {
              value = $network_fetched + 1
            }
          }
        }
        var.update $network_has_more {
          value = ($network_body|get:"hasNext":false) == true
        }
        var.update $network_page {
          value = $network_page + 1
        }
      }
    }
    db.query "stage_network_downline_rezen_onboarding" {
      where = ($db.stage_network_downline_rezen_onboarding.user_id == $input.user_id) && ($db.stage_network_downline_rezen_onboarding.is_processed == false)
      sort = {id: "asc"}
    } as $member_staged
    var $member_written {
      value = 0
    }
    foreach ($member_staged) {
      each as $member_row {
        var $member_payload {
          value = $member_row.payload
        }
        db.add_or_edit "network_member" {
          field_name = "network_member_id_raw"
          field_value = $member_row.external_id
          data = {
            network_member_id_raw: $member_row.external_id,
            user_id: $input.user_id,
            downline_agent_id_raw: $member_payload|get:"yentaId":"",
            sponsoring_agent_id_raw: $member_payload|get:"sponsorYentaId":"",
            tier: $member_payload|get:"tier":0,
            capped: $member_payload|get:"capped":false,
            cap_amount: $member_payload|get:"capAmount":({})|get:"amount":0,
            total_contribution: $member_payload|get:"totalContribution":({})|get:"amount":0,
            updated_at: now
          }
        }
        db.edit "stage_network_downline_rezen_onboarding" {
          field_name = "id"
          field_value = $member_row.id
          data = {is_processed: true, updated_at: now}
        }
        var.update $member_written {
          value = $member_written + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "network_downline")
      return = {type: "single"}
    } as $network_downline_sync_state
    conditional {
      if ($network_downline_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "network_downline",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $member_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $network_downline_sync_state|get:"id":0
          data = {
            entity_type: "network_downline",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $member_written,
            error_message: null
          }
        }
      }
    }
    db.edit "rezen_onboarding_jobs" {
      field_name = "id"
      field_value = $pending_job.id
      data = {network_downline: true, failed_attempts: 0}
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
    data: {job_id: $pending_job.id, fetched: $network_fetched, written: $member_written},
    error: null,
    step: "network_downline"
  }
}
