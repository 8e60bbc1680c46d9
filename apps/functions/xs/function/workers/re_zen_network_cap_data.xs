function "Workers/reZEN - Network Cap Data" {
  description = "Syncs the cap status of each agent of the user's reZEN network into agent_cap_data (new or changed agents only)."
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
            step: "network_cap"
          }
        }
      }
    }
    var $cap_written {
      value = 0
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
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "network_cap")
              return = {type: "single"}
            } as $network_cap_sync_state
            conditional {
              if ($network_cap_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "network_cap",
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
                  field_value = $network_cap_sync_state|get:"id":0
                  data = {
                    entity_type: "network_cap",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $network_error|get:"message":"failed"
                  }
                }
              }
            }
            return {
              value = {success: false, data: null, error: $network_error, step: "network_cap"}
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
            var $cap_agent_id {
              value = $network_record|get:"yentaId":""
            }
            var $cap_fields {
              value = {
                capped: $network_record|get:"capped":false,
                cap_amount: $network_record|get:"capAmount":({})|get:"amount":0,
                total_contribution: $network_record|get:"totalContribution":({})|get:"amount":0
              }
            }
            db.get "agent_cap_data" {
              field_name = "agent_id_raw"
              field_value = $cap_agent_id
            } as $cap_row
            conditional {
              if (($cap_row == null) || (($cap_row|get:"user_id":0) != $input.user_id) || (($cap_row|get:"capped":false) != ($cap_fields|get:"capped":false)) || (($cap_row|get:"cap_amount":0) != ($cap_fields|get:"cap_amount":0)) || (($cap_row|get:"total_contribution":0) != ($cap_fields|get:"total_contribution":0))) {
                db.add_or_edit "agent_cap_data" {
                  field_name = "agent_id_raw"
                  field_value = $cap_agent_id
                  data = {
                    agent_id_raw: $cap_agent_id,
                    user_id: $input.user_id,
                    capped: $cap_fields|get:"capped":false,
                    cap_amount: $cap_fields|get:"cap_amount":0,
                    total_contribution: $cap_fields|get:"total_contribution":0,
                    updated_at: now
                  }
                }
                var.update $cap_written {
                  value = $cap_written + 1
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
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "network_cap")
      return = {type: "single"}
    } as $network_cap_sync_state
    conditional {
      if ($network_cap_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "network_cap",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $cap_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $network_cap_sync_state|get:"id":0
          data = {
            entity_type: "network_cap",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $cap_written,
            error_message: null
          }
        }
      }
    }
    conditional {
      if ($cap_written == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No reZEN network_cap changed since the last sync",
            step: "network_cap"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {fetched: $network_fetched, written: $cap_written},
    error: null,
    step: "network_cap"
  }
}
