function "Workers/reZEN - Equity" {
  description = "Syncs the user's reZEN equity transactions into equity_transactions (new or changed ones only)."
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
            step: "equity"
          }
        }
      }
    }
    var $equity_written {
      value = 0
    }
    var $equity_page {
      value = 0
    }
    var $equity_has_more {
      value = true
    }
    var $equity_fetched {
      value = 0
    }
    var $equity_status {
      value = 0
    }
    var $equity_reason {
      value = ""
    }
    var $equity_answer {
      value = null
    }
    while ($equity_has_more) {
      each {
        var.update $equity_status {
          value = 0
        }
        try_catch {
          try {
            api.request {
              url = $env.REZEN_BASE_URL ~ "/arrakis/api/v1/equity/participant/" ~ $yenta_id ~ "/transactions"
              method = "GET"
              params = {pageNumber: $equity_page, pageSize: 100}
              timeout = 30
            } as $equity_answer
            var.update $equity_status {
              value = $equity_answer|get:"response":({})|get:"status":0
            }
            var.update $equity_reason {
              value = $equity_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $equity_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($equity_status != 200) {
            var $equity_error {
              value = {
                status: $equity_status,
                url: $env.REZEN_BASE_URL ~ "/arrakis/api/v1/equity/participant/" ~ $yenta_id ~ "/transactions",
                page: $equity_page,
                message: $equity_reason
              }
            }
            db.query "rezen_sync_state" {
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "equity")
              return = {type: "single"}
            } as $equity_sync_state
            conditional {
              if ($equity_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "equity",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $equity_error|get:"message":"failed"
                  }
                }
              }
              else {
                db.edit "rezen_sync_state" {
                  field_name = "id"
                  field_value = $equity_sync_state|get:"id":0
                  data = {
                    entity_type: "equity",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $equity_error|get:"message":"failed"
                  }
                }
              }
            }
            return {
              value = {success: false, data: null, error: $equity_error, step: "equity"}
            }
          }
        }
        var $equity_response {
          value = $equity_answer|get:"response":({})
        }
        var $equity_body {
          value = $equity_response|get:"result":({})
        }
        foreach ($equity_body|get:"results":[]) {
          each as $equity_record {
            var $equity_id {
              value = $equity_record|get:"id":""
            }
            db.get "equity_transactions" {
              field_name = "equity_transaction_id_raw"
              field_value = $equity_id
            } as $equity_row
            var $equity_changed {
              value = ($equity_row == null) || (($equity_row|get:"equity_type":"") != ($equity_record|get:"equityType":"")) || (($equity_row|get:"shares":"") != ($equity_record|get:"shares":0)) || (($equity_row|get:"amount":"") != ($equity_record|get:"amount":({})|get:"amount":0)) || (($equity_row|get:"status":"") != ($equity_record|get:"status":"")) || (($equity_row|get:"issue_date":"") != ($equity_record|get:"issueDate":""))
            }
            conditional {
              if ($equity_changed) {
                db.add_or_edit "equity_transactions" {
                  field_name = "equity_transaction_id_raw"
                  field_value = $equity_id
                  data = {
                    equity_transaction_id_raw: $equity_id,
                    user_id: $input.user_id,
                    transaction_id_raw: $equity_record|get:"transactionId":"",
                    equity_type: $equity_record|get:"equityType":"",
                    shares: $equity_record|get:"shares":0,
                    amount: $equity_record|get:"amount":({})|get:"amount":0,
                    status: $equity_record|get:"status":"",
                    issue_date: $equity_record|get:"issueDate":"",
                    updated_at: now
                  }
                }
                var.update $equity_written {
                  value = $equity_written + 1
                }
              }
            }
            var.update $equity_fetched {
              value = $equity_fetched + 1
            }
          }
        }
        var.update $equity_has_more {
          value = ($equity_body|get:"hasNext":false) == true
        }
        var.update $equity_page {
          value = $equity_page + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "equity")
      return = {type: "single"}
    } as $equity_sync_state
    conditional {
      if ($equity_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "equity",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $equity_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $equity_sync_state|get:"id":0
          data = {
            entity_type: "equity",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $equity_written,
            error_message: null
          }
        }
      }
    }
    conditional {
      if ($equity_written == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No reZEN equity changed since the last sync",
            step: "equity"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {fetched: $equity_fetched, written: $equity_written},
    error: null,
    step: "equity"
  }
}
