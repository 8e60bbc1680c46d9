function "Workers/reZEN - Transactions Sync" {
  description = "Syncs the user's reZEN transactions into transaction and their participants into participant."
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
            step: "transactions"
          }
        }
      }
    }
    var $transactions_staged {
      value = 0
    }
    var $transactions_page {
      value = 0
    }
    var $transactions_has_more {
      value = true
    }
    var $transactions_fetched {
      value = 0
    }
    var $transactions_status {
      value = 0
    }
    var $transactions_reason {
      value = ""
    }
    var $transactions_answer {
      value = null
    }
    while ($transactions_has_more) {
      each {
        var.update $transactions_status {
          value = 0
        }
        try_catch {
          try {
            api.request {
              url = $env.REZEN_BASE_URL ~ "/arrakis/api/v1/transactions/participant/" ~ $yenta_id ~ "/transactions"
              method = "GET"
              params = {pageNumber: $transactions_page, pageSize: 100}
              timeout = 30
            } as $transactions_answer
            var.update $transactions_status {
              value = $transactions_answer|get:"response":({})|get:"status":0
            }
            var.update $transactions_reason {
              value = $transactions_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $transactions_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($transactions_status != 200) {
            var $transactions_error {
              value = {
                status: $transactions_status,
                url: $env.REZEN_BASE_URL ~ "/arrakis/api/v1/transactions/participant/" ~ $yenta_id ~ "/transactions",
                page: $transactions_page,
                message: $transactions_reason
              }
            }
            db.query "rezen_sync_state" {
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "transactions")
              return = {type: "single"}
            } as $transactions_sync_state
            conditional {
              if ($transactions_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "transactions",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $transactions_error|get:"message":"failed"
                  }
                }
              }
              else {
                db.edit "rezen_sync_state" {
                  field_name = "id"
                  field_value = $transactions_sync_state|get:"id":0
                  data = {
                    entity_type: "transactions",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $transactions_error|get:"message":"failed"
                  }
                }
              }
            }
            return {
              value = {success: false, data: null, error: $transactions_error, step: "transactions"}
            }
          }
        }
        var $transactions_response {
          value = $transactions_answer|get:"response":({})
        }
        var $transactions_body {
          value = $transactions_response|get:"result":({})
        }
        foreach ($transactions_body|get:"results":[]) {
          each as $transactions_record {
            var $transaction_external_id {
              value = $transactions_record|get:"id":""
            }
            db.get "stage_transactions_rezen_onboarding" {
              field_name = "external_id"
              field_value = $transaction_external_id
            } as $transaction_existing
            var $transaction_is_changed {
              value = ($transaction_existing == null) || (($transaction_existing|get:"payload":({})|get:"updatedAt":"") != ($transactions_record|get:"updatedAt":""))
            }
            conditional {
              if ($transaction_is_changed) {
                db.add_or_edit "stage_transactions_rezen_onboarding" {
                  field_name = "external_id"
                  field_value = $transaction_external_id
                  data = {
                    external_id: $transaction_external_id,
                    user_id: $input.user_id,
                    payload: $transactions_record,
                    is_processed: false,
                    updated_at: now
                  }
                }
              }
            }
            conditional {
              if ($transaction_is_changed) {
                var.update $transactions_staged {
                  value = $transactions_staged + 1
                }
              }
            }
            var.update $transactions_fetched {
              value = $transactions_fetched + 1
            }
          }
        }
        var.update $transactions_has_more {
          value = ($transactions_body|get:"hasNext":false) == true
        }
        var.update $transactions_page {
          value = $transactions_page + 1
        }
      }
    }
    var $participants_written {
      value = 0
    }
    var $transactions_written {
      value = 0
    }
    var $transactions_other_source {
      value = 0
    }
    db.query "stage_transactions_rezen_onboarding" {
      where = ($db.stage_transactions_rezen_onboarding.user_id == $input.user_id) && ($db.stage_transactions_rezen_onboarding.is_processed == false)
      sort = {id: "asc"}
    } as $transaction_staged
    var $transaction_written {
      value = 0
    }
    foreach ($transaction_staged) {
      each as $transaction_row {
        var $transaction_payload {
          value = $transaction_row.payload
        }
        db.get "transaction" {
          field_name = "transaction_id_raw"
          field_value = $transaction_row.external_id
        } as $transaction_held
        var $transaction_held_by {
          value = $transaction_held|get:"sync_source":""|first_notnull:""
        }
        conditional {
          if (($transaction_held_by == "") || ($transaction_held_by == "rezen")) {
            var $transaction_state {
              value = $transaction_payload|get:"lifecycleState":({})|get:"state":"OPEN"
            }
            db.add_or_edit "transaction" {
              field_name = "transaction_id_raw"
              field_value = $transaction_row.external_id
              data = {
                transaction_id_raw: $transaction_row.external_id,
                status: $transaction_state,
                stage: $transaction_payload|get:"transactionType":"",
                lifecycle_state: $transaction_state|to_lower,
                sale_price: $transaction_payload|get:"price":({})|get:"amount":0,
                gross_commission: $transaction_payload|get:"grossCommission":({})|get:"amount":0,
                closing_date: $transaction_payload|get:"closingDateEstimated":"",
                sync_source: "rezen",
                closed: $transaction_state == "CLOSED",
                terminated: $transaction_state == "TERMINATED",
                user_id: $input.user_id,
                updated_at: now
              }
            } as $txn_upserted
            foreach ($transaction_payload|get:"participants":[]) {
              each as $transaction_participant {
                var $participant_raw_id {
                  value = $transaction_row.external_id ~ ":" ~ ($transaction_participant|get:"yentaId":"")
                }
                db.add_or_edit "participant" {
                  field_name = "participant_id_raw"
                  field_value = $participant_raw_id
                  data = {
                    participant_id_raw: $participant_raw_id,
                    agent_id_raw: $transaction_participant|get:"yentaId":"",
                    role: $transaction_participant|get:"role":"",
                    transaction_id: $txn_upserted.id,
                    user_id: $input.user_id,
                    updated_at: now
                  }
                }
                var.update $participants_written {
                  value = $participants_written + 1
                }
              }
            }
            var.update $transactions_written {
              value = $transactions_written + 1
            }
          }
          else {
            var.update $transactions_other_source {
              value = $transactions_other_source + 1
            }
          }
        }
        db.edit "stage_transactions_rezen_onboarding" {
          field_name = "id"
          field_value = $transaction_row.id
          data = {is_processed: true, updated_at: now}
        }
        var.update $transaction_written {
          value = $transaction_written + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "transactions")
      return = {type: "single"}
    } as $transactions_sync_state
    conditional {
      if ($transactions_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "transactions",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $transactions_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $transactions_sync_state|get:"id":0
          data = {
            entity_type: "transactions",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $transactions_written,
            error_message: null
          }
        }
      }
    }
    conditional {
      if ($transactions_written == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No reZEN transactions changed since the last sync",
            step: "transactions"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {
      fetched: $transactions_fetched,
      staged: $transactions_staged,
      written: $transactions_written,
      participants: $participants_written,
      other_source: $transactions_other_source
    },
    error: null,
    step: "transactions"
  }
}
