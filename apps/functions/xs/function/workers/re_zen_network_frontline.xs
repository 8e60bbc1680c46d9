function "Workers/reZEN - Network Frontline" {
  description = "Syncs the user's reZEN front line (directly sponsored agents) into network_member."
  input {
    int user_id {
      description = "The user whose reZEN data to sync"
    }
  }
  stack {
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
            step: "network_frontline"
          }
        }
      }
    }
    var $frontline_staged {
      value = 0
    }
    var $frontline_page {
      value = 0
    }
    var $frontline_has_more {
      value = true
    }
    var $frontline_fetched {
      value = 0
    }
    var $frontline_status {
      value = 0
    }
    var $frontline_reason {
      value = ""
    }
    var $frontline_answer {
      value = null
    }
    while ($frontline_has_more) {
      each {
        var.update $frontline_status {
          value = 0
        }
        try_catch {
          try {
            api.request {
              url = $env.REZEN_BASE_URL ~ "/yenta/api/v1/network/" ~ $yenta_id ~ "/front-line"
              method = "GET"
              params = {pageNumber: $frontline_page, pageSize: 100}
              timeout = 30
            } as $frontline_answer
            var.update $frontline_status {
              value = $frontline_answer|get:"response":({})|get:"status":0
            }
            var.update $frontline_reason {
              value = $frontline_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $frontline_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($frontline_status != 200) {
            var $frontline_error {
              value = {
                status: $frontline_status,
                url: $env.REZEN_BASE_URL ~ "/yenta/api/v1/network/" ~ $yenta_id ~ "/front-line",
                page: $frontline_page,
                message: $frontline_reason
              }
            }
            db.query "rezen_sync_state" {
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "network_frontline")
              return = {type: "single"}
            } as $network_frontline_sync_state
            conditional {
              if ($network_frontline_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "network_frontline",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $frontline_error|get:"message":"failed"
                  }
                }
              }
              else {
                db.edit "rezen_sync_state" {
                  field_name = "id"
                  field_value = $network_frontline_sync_state|get:"id":0
                  data = {
                    entity_type: "network_frontline",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $frontline_error|get:"message":"failed"
                  }
                }
              }
            }
            return {
              value = {success: false, data: null, error: $frontline_error, step: "network_frontline"}
            }
          }
        }
        var $frontline_response {
          value = $frontline_answer|get:"response":({})
        }
        var $frontline_body {
          value = $frontline_response|get:"result":({})
        }
        foreach ($frontline_body|get:"results":[]) {
          each as $frontline_record {
            var $frontline_member_external_id {
              value = ($input.user_id|to_text) ~ ":" ~ ($frontline_record|get:"yentaId":"")
            }
            db.get "stage_network_downline_rezen_onboarding" {
              field_name = "external_id"
              field_value = $frontline_member_external_id
            } as $frontline_member_existing
            var $frontline_member_is_changed {
              value = ($frontline_member_existing == null) || ((($frontline_member_existing|get:"payload":({})|get:"tier":0|to_text) ~ ":" ~ ($frontline_member_existing|get:"payload":({})|get:"sponsorYentaId":""|first_notnull:"") ~ ":" ~ (($frontline_member_existing|get:"payload":({})|get:"capped":false) ? "capped" : "open") ~ ":" ~ ($frontline_member_existing|get:"payload":({})|get:"totalContribution":({})|get:"amount":0|to_text)) != (($frontline_record|get:"tier":0|to_text) ~ ":" ~ ($frontline_record|get:"sponsorYentaId":""|first_notnull:"") ~ ":" ~ (($frontline_record|get:"capped":false) ? "capped" : "open") ~ ":" ~ ($frontline_record|get:"totalContribution":({})|get:"amount":0|to_text)))
            }
            conditional {
              if ($frontline_member_is_changed) {
                db.add_or_edit "stage_network_downline_rezen_onboarding" {
                  field_name = "external_id"
                  field_value = $frontline_member_external_id
                  data = {
                    external_id: $frontline_member_external_id,
                    user_id: $input.user_id,
                    payload: $frontline_record,
                    is_processed: false,
                    updated_at: now
                  }
                }
              }
            }
            conditional {
              if ($frontline_member_is_changed) {
                var.update $frontline_staged {
                  value = $frontline_staged + 1
                }
              }
            }
            var.update $frontline_fetched {
              value = $frontline_fetched + 1
            }
          }
        }
        var.update $frontline_has_more {
          value = ($frontline_body|get:"hasNext":false) == true
        }
        var.update $frontline_page {
          value = $frontline_page + 1
        }
      }
    }
    db.query "stage_network_downline_rezen_onboarding" {
      where = ($db.stage_network_downline_rezen_onboarding.user_id == $input.user_id) && ($db.stage_network_downline_rezen_onboarding.is_processed == false)
      sort = {id: "asc"}
    } as $frontline_member_staged
    var $frontline_member_written {
      value = 0
    }
    foreach ($frontline_member_staged) {
      each as $frontline_member_row {
        var $frontline_member_payload {
          value = $frontline_member_row.payload
        }
        db.add_or_edit "network_member" {
          field_name = "network_member_id_raw"
          field_value = $frontline_member_row.external_id
          data = {
            network_member_id_raw: $frontline_member_row.external_id,
            user_id: $input.user_id,
            downline_agent_id_raw: $frontline_member_payload|get:"yentaId":"",
            sponsoring_agent_id_raw: $frontline_member_payload|get:"sponsorYentaId":"",
            tier: $frontline_member_payload|get:"tier":0,
            capped: $frontline_member_payload|get:"capped":false,
            cap_amount: $frontline_member_payload|get:"capAmount":({})|get:"amount":0,
            total_contribution: $frontline_member_payload|get:"totalContribution":({})|get:"amount":0,
            updated_at: now
          }
        }
        db.edit "stage_network_downline_rezen_onboarding" {
          field_name = "id"
          field_value = $frontline_member_row.id
          data = {is_processed: true, updated_at: now}
        }
        var.update $frontline_member_written {
          value = $frontline_member_written + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "network_frontline")
      return = {type: "single"}
    } as $network_frontline_sync_state
    conditional {
      if ($network_frontline_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "network_frontline",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $frontline_member_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $network_frontline_sync_state|get:"id":0
          data = {
            entity_type: "network_frontline",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $frontline_member_written,
            error_message: null
          }
        }
      }
    }
    conditional {
      if ($frontline_member_written == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No reZEN network_frontline changed since the last sync",
            step: "network_frontline"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {
      fetched: $frontline_fetched,
      staged: $frontline_staged,
      written: $frontline_member_written
    },
    error: null,
    step: "network_frontline"
  }
}
