function "Workers/reZEN - Agent Data" {
  description = "Refreshes the user's agent row from the user's reZEN agent profile."
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
            step: "agent"
          }
        }
      }
    }
    var $agent_status {
      value = 0
    }
    var $agent_reason {
      value = ""
    }
    var $agent_answer {
      value = null
    }
    try_catch {
      try {
        api.request {
          url = $env.REZEN_BASE_URL ~ "/yenta/api/v1/agents/" ~ $yenta_id
          method = "GET"
          timeout = 30
        } as $agent_answer
        var.update $agent_status {
          value = $agent_answer|get:"response":({})|get:"status":0
        }
        var.update $agent_reason {
          value = $agent_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
        }
      }
      catch {
        var.update $agent_reason {
          value = $error|get:"message":"no answer"
        }
      }
    }
    conditional {
      if ($agent_status != 200) {
        var $agent_error {
          value = {
            status: $agent_status,
            url: $env.REZEN_BASE_URL ~ "/yenta/api/v1/agents/" ~ $yenta_id,
            message: $agent_reason
          }
        }
        db.query "rezen_sync_state" {
          where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "agent")
          return = {type: "single"}
        } as $agent_sync_state
        conditional {
          if ($agent_sync_state == null) {
            db.add "rezen_sync_state" {
              data = {
                entity_type: "agent",
                user_id: $input.user_id,
                last_sync_at: now,
                status: "error",
                records_synced: 0,
                error_message: $agent_error|get:"message":"failed"
              }
            }
          }
          else {
            db.edit "rezen_sync_state" {
              field_name = "id"
              field_value = $agent_sync_state|get:"id":0
              data = {
                entity_type: "agent",
                user_id: $input.user_id,
                last_sync_at: now,
                status: "error",
                records_synced: 0,
                error_message: $agent_error|get:"message":"failed"
              }
            }
          }
        }
        return {
          value = {success: false, data: null, error: $agent_error, step: "agent"}
        }
      }
    }
    var $agent_body {
      value = $agent_answer|get:"response":({})|get:"result":({})
    }
    db.get "agent" {
      field_name = "agent_id_raw"
      field_value = $yenta_id
    } as $agent_row
    var $agent_changed {
      value = (($agent_row|get:"first_name":"") != ($agent_body|get:"firstName":"")) || (($agent_row|get:"last_name":"") != ($agent_body|get:"lastName":"")) || (($agent_row|get:"email":"") != ($agent_body|get:"emailAddress":"")) || (($agent_row|get:"phone":"") != ($agent_body|get:"phoneNumber":"")) || (($agent_row|get:"agent_status":"") != ($agent_body|get:"status":"")) || (($agent_row|get:"type":"") != ($agent_body|get:"type":"")) || (($agent_row|get:"join_date":"") != ($agent_body|get:"joinDate":""))
    }
    var $agent_written {
      value = 0
    }
    conditional {
      if ($agent_changed) {
        db.edit "agent" {
          field_name = "agent_id_raw"
          field_value = $yenta_id
          data = {
            first_name: $agent_body|get:"firstName":"",
            last_name: $agent_body|get:"lastName":"",
            email: $agent_body|get:"emailAddress":"",
            phone: $agent_body|get:"phoneNumber":"",
            agent_status: $agent_body|get:"status":"",
            type: $agent_body|get:"type":"",
            join_date: $agent_body|get:"joinDate":"",
            updated_at: now
          }
        }
        var.update $agent_written {
          value = 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "agent")
      return = {type: "single"}
    } as $agent_sync_state
    conditional {
      if ($agent_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "agent",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $agent_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $agent_sync_state|get:"id":0
          data = {
            entity_type: "agent",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $agent_written,
            error_message: null
          }
        }
      }
    }
    conditional {
      if ($agent_written == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No reZEN agent changed since the last sync",
            step: "agent"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {agent_id: $agent_row|get:"id":0, written: $agent_written},
    error: null,
    step: "agent"
  }
}
