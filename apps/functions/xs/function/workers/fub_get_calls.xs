function "Workers/FUB - Get Calls" {
  description = "Fetches the user's Follow Up Boss calls into fub_calls."
  input {
    int user_id {
      description = "The user whose FUB account is synced"
    }
  }
  stack {
    precondition ($input.user_id > 0) {
      error_type = "inputerror"
      error = "user_id must be a positive integer"
    }
    db.query "fub_sync_state" {
      where = ($db.fub_sync_state.user_id == $input.user_id) && ($db.fub_sync_state.entity_type == "calls")
      return = {type: "single"}
    } as $calls_sync_state
    var $calls_cursor {
      value = $calls_sync_state|get:"cursor":"0"|to_int|first_notempty:0
    }
    var $calls_newest {
      value = $calls_cursor
    }
    var $calls_changed {
      value = 0
    }
    var $calls_url {
      value = $env.FUB_BASE_URL ~ "/v1/calls"
    }
    var $calls_offset {
      value = 0
    }
    var $calls_has_more {
      value = true
    }
    var $calls_fetched {
      value = 0
    }
    var $calls_error {
      value = null
    }
    while ($calls_has_more) {
      each {
        var $calls_answer {
          value = {}
        }
        try_catch {
          try {
            api.request {
              url = $calls_url
              method = "GET"
              params = {limit: 100, offset: $calls_offset}
              timeout = 30
            } as $calls_request
            var.update $calls_answer {
              value = $calls_request
            }
          }
          catch {
            var.update $calls_error {
              value = {
                status: 0,
                url: $calls_url,
                offset: $calls_offset,
                message: $error|get:"message":"no answer"
              }
            }
          }
        }
        var $calls_response {
          value = $calls_answer|get:"response":({})
        }
        conditional {
          if (($calls_error == null) && (($calls_response|get:"status":0) != 200)) {
            var.update $calls_error {
              value = {
                status: $calls_response|get:"status":0,
                url: $calls_url,
                offset: $calls_offset,
                message: $calls_response|get:"result":({})|get:"error":"request failed"
              }
            }
          }
        }
        conditional {
          if ($calls_error == null) {
            var $calls_body {
              value = $calls_response|get:"result":({})
            }
            var $calls_page {
              value = $calls_body|get:"calls":[]
            }
            foreach ($calls_page) {
              each as $calls_record {
                var.update $calls_fetched {
                  value = $calls_fetched + 1
                }
                var $calls_updated_ms {
                  value = $calls_record|get:"updated":"1970-01-01T00:00:00Z"|to_timestamp|to_ms
                }
                conditional {
                  if ($calls_updated_ms > $calls_cursor) {
                    db.add_or_edit "fub_calls" {
                      field_name = "fub_call_id"
                      field_value = $calls_record|get:"id":0
                      data = {
                        fub_call_id: $calls_record|get:"id":0,
                        user_id: $input.user_id,
                        person_id: $calls_record|get:"personId":null,
                        phone: $calls_record|get:"phone":null,
                        is_incoming: $calls_record|get:"isIncoming":null,
                        duration: $calls_record|get:"duration":null,
                        outcome: $calls_record|get:"outcome":null,
                        note: $calls_record|get:"note":null,
                        fub_user_id: $calls_record|get:"userId":null,
                        called_at: $calls_record|get:"created":null|to_timestamp,
                        updated_at: now
                      }
                    }
                    var.update $calls_changed {
                      value = $calls_changed + 1
                    }
                    conditional {
                      if ($calls_updated_ms > $calls_newest) {
                        var.update $calls_newest {
                          value = $calls_updated_ms
                        }
                      }
                    }
                  }
                }
              }
            }
            var.update $calls_has_more {
              value = ($calls_body|get:"_metadata":({})|get:"nextLink":null) != null
            }
            var.update $calls_offset {
              value = $calls_offset + 100
            }
          }
          else {
            var.update $calls_has_more {
              value = false
            }
          }
        }
      }
    }
    var $calls_ok {
      value = $calls_error == null
    }
    conditional {
      if ($calls_sync_state == null) {
        db.add "fub_sync_state" {
          data = {
            entity_type: "calls",
            user_id: $input.user_id,
            last_sync_at: now,
            status: $calls_ok ? "ready" : "error",
            records_synced: $calls_ok ? $calls_changed : 0,
            error_message: $calls_ok ? null : ($calls_error|get:"message":"request failed"),
            cursor: ($calls_ok ? $calls_newest : $calls_cursor)|to_text
          }
        }
      }
      else {
        db.edit "fub_sync_state" {
          field_name = "id"
          field_value = $calls_sync_state|get:"id":0
          data = {
            entity_type: "calls",
            user_id: $input.user_id,
            last_sync_at: now,
            status: $calls_ok ? "ready" : "error",
            records_synced: $calls_ok ? $calls_changed : 0,
            error_message: $calls_ok ? null : ($calls_error|get:"message":"request failed"),
            cursor: ($calls_ok ? $calls_newest : $calls_cursor)|to_text
          }
        }
      }
    }
    conditional {
      if ($calls_error != null) {
        return {
          value = {success: false, data: null, error: $calls_error, step: "fetch_calls"}
        }
      }
    }
    conditional {
      if ($calls_changed == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No FUB calls changed since the last sync",
            step: "fetch_calls"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {fetched: $calls_fetched, written: $calls_changed},
    error: null,
    step: "complete"
  }
}
