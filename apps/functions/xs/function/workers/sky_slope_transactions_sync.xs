function "Workers/SkySlope - Transactions Sync" {
  description = "Syncs the user's SkySlope transaction files into transaction through stage_transactions_skyslope."
  input {
    int user_id {
      description = "The user whose SkySlope account is synced"
    }
  }
  stack {
    precondition ($input.user_id > 0) {
      error_type = "inputerror"
      error = "user_id must be a positive integer"
    }
    db.has "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $transactions_user_known
    conditional {
      if ($transactions_user_known|not) {
        return {
          value = {
            success: false,
            data: null,
            error: {code: "UNKNOWN_USER", message: "No user has this user_id"},
            step: "validate_input"
          }
        }
      }
    }
    var $transactions_staged {
      value = 0
    }
    var $transactions_page {
      value = 1
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
              url = $env.SKYSLOPE_BASE_URL ~ "/api/files/transactions"
              method = "GET"
              params = {page: $transactions_page, pageSize: 100}
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
                url: $env.SKYSLOPE_BASE_URL ~ "/api/files/transactions",
                page: $transactions_page,
                message: $transactions_reason
              }
            }
            db.query "skyslope_sync_state" {
              where = ($db.skyslope_sync_state.entity_type == "transactions") && ($db.skyslope_sync_state.user_id == $input.user_id)
              return = {type: "single"}
            } as $transactions_sync_state
            conditional {
              if ($transactions_sync_state == null) {
                db.add "skyslope_sync_state" {
                  data = {
                    entity_type: "transactions",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $transactions_error|get:"message":"request failed"
                  }
                }
              }
              else {
                db.edit "skyslope_sync_state" {
                  field_name = "id"
                  field_value = $transactions_sync_state|get:"id":0
                  data = {
                    entity_type: "transactions",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $transactions_error|get:"message":"request failed"
                  }
                }
              }
            }
            return {
              value = {
                success: false,
                data: null,
                error: $transactions_error,
                step: "fetch_transactions"
              }
            }
          }
        }
        var $transactions_response {
          value = $transactions_answer|get:"response":({})
        }
        var $transactions_body {
          value = $transactions_response|get:"result":({})
        }
        foreach ($transactions_body|get:"value":({})|get:"transactions":[]) {
          each as $transactions_record {
            var $staged_transaction_external_id {
              value = $transactions_record|get:"transactionGuid":""
            }
            db.get "stage_transactions_skyslope" {
              field_name = "external_id"
              field_value = $staged_transaction_external_id
            } as $staged_transaction_existing
            var $staged_transaction_is_changed {
              value = ($staged_transaction_existing == null) || (($staged_transaction_existing|get:"payload":({})|get:"modifiedOn":"") != ($transactions_record|get:"modifiedOn":""))
            }
            conditional {
              if ($staged_transaction_is_changed) {
                db.add_or_edit "stage_transactions_skyslope" {
                  field_name = "external_id"
                  field_value = $staged_transaction_external_id
                  data = {
                    external_id: $staged_transaction_external_id,
                    user_id: $input.user_id,
                    payload: $transactions_record,
                    is_processed: false,
                    updated_at: now
                  }
                }
              }
            }
            conditional {
              if ($staged_transaction_is_changed) {
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
          value = (($transactions_body|get:"links":({})|get:"next":null) != null) == true
        }
        var.update $transactions_page {
          value = $transactions_page + 1
        }
      }
    }
    var $transactions_written {
      value = 0
    }
    var $transactions_other_source {
      value = 0
    }
    db.query "stage_transactions_skyslope" {
      where = ($db.stage_transactions_skyslope.user_id == $input.user_id) && ($db.stage_transactions_skyslope.is_processed == false)
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
          if (($transaction_held_by == "") || ($transaction_held_by == "skyslope")) {
            var $transaction_status {
              value = $transaction_payload|get:"status":""
            }
            db.add_or_edit "transaction" {
              field_name = "transaction_id_raw"
              field_value = $transaction_row.external_id
              data = {
                transaction_id_raw: $transaction_row.external_id,
                status: $transaction_status,
                lifecycle_state: ($transaction_status == "Closed") ? "closed" : (($transaction_status == "Canceled") ? "terminated" : "open"),
                sale_price: $transaction_payload|get:"salePrice":null,
                closing_date: $transaction_payload|get:"closingDate":null,
                sync_source: "skyslope",
                closed: $transaction_status == "Closed",
                terminated: $transaction_status == "Canceled",
                user_id: $input.user_id,
                updated_at: now
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
        db.edit "stage_transactions_skyslope" {
          field_name = "id"
          field_value = $transaction_row.id
          data = {is_processed: true, updated_at: now}
        }
        var.update $transaction_written {
          value = $transaction_written + 1
        }
      }
    }
    db.query "skyslope_sync_state" {
      where = ($db.skyslope_sync_state.entity_type == "transactions") && ($db.skyslope_sync_state.user_id == $input.user_id)
      return = {type: "single"}
    } as $transactions_sync_state
    conditional {
      if ($transactions_sync_state == null) {
        db.add "skyslope_sync_state" {
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
        db.edit "skyslope_sync_state" {
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
            reason: "No SkySlope transactions changed since the last sync",
            step: "sync_transactions"
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
      other_source: $transactions_other_source
    },
    error: null,
    step: "complete"
  }
}
