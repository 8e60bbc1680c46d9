function "Workers/FUB - Get Deals" {
  description = "Fetches the user's Follow Up Boss deals into fub_deals."
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
      where = ($db.fub_sync_state.user_id == $input.user_id) && ($db.fub_sync_state.entity_type == "deals")
      return = {type: "single"}
    } as $deals_sync_state
    var $deals_cursor {
      value = $deals_sync_state|get:"cursor":"0"|to_int|first_notempty:0
    }
    var $deals_newest {
      value = $deals_cursor
    }
    var $deals_changed {
      value = 0
    }
    var $deals_url {
      value = $env.FUB_BASE_URL ~ "/v1/deals"
    }
    var $deals_offset {
      value = 0
    }
    var $deals_has_more {
      value = true
    }
    var $deals_fetched {
      value = 0
    }
    var $deals_error {
      value = null
    }
    while ($deals_has_more) {
      each {
        var $deals_answer {
          value = {}
        }
        try_catch {
          try {
            api.request {
              url = $deals_url
              method = "GET"
              params = {limit: 100, offset: $deals_offset}
              timeout = 30
            } as $deals_request
            var.update $deals_answer {
              value = $deals_request
            }
          }
          catch {
            var.update $deals_error {
              value = {
                status: 0,
                url: $deals_url,
                offset: $deals_offset,
                message: $error|get:"message":"no answer"
              }
            }
          }
        }
        var $deals_response {
          value = $deals_answer|get:"response":({})
        }
        conditional {
          if (($deals_error == null) && (($deals_response|get:"status":0) != 200)) {
            var.update $deals_error {
              value = {
                status: $deals_response|get:"status":0,
                url: $deals_url,
                offset: $deals_offset,
                message: $deals_response|get:"result":({})|get:"error":"request failed"
              }
            }
          }
        }
        conditional {
          if ($deals_error == null) {
            var $deals_body {
              value = $deals_response|get:"result":({})
            }
            var $deals_page {
              value = $deals_body|get:"deals":[]
            }
            foreach ($deals_page) {
              each as $deals_record {
                var.update $deals_fetched {
                  value = $deals_fetched + 1
                }
                var $deals_updated_ms {
                  value = $deals_record|get:"updatedAt":"1970-01-01T00:00:00Z"|to_timestamp|to_ms
                }
                conditional {
                  if ($deals_updated_ms > $deals_cursor) {
                    db.add_or_edit "fub_deals" {
                      field_name = "fub_deal_id"
                      field_value = $deals_record|get:"id":0
                      data = {
                        fub_deal_id: $deals_record|get:"id":0,
                        user_id: $input.user_id,
                        name: $deals_record|get:"name":null,
                        stage_id: $deals_record|get:"stageId":null,
                        stage_name: $deals_record|get:"stageName":null,
                        pipeline_id: $deals_record|get:"pipelineId":null,
                        pipeline_name: $deals_record|get:"pipelineName":null,
                        price: $deals_record|get:"price":null,
                        person_id: $deals_record|get:"people":[]|get:0:({})|get:"id":null,
                        updated_at: now
                      }
                    }
                    var.update $deals_changed {
                      value = $deals_changed + 1
                    }
                    conditional {
                      if ($deals_updated_ms > $deals_newest) {
                        var.update $deals_newest {
                          value = $deals_updated_ms
                        }
                      }
                    }
                  }
                }
              }
            }
            var.update $deals_has_more {
              value = ($deals_body|get:"_metadata":({})|get:"nextLink":null) != null
            }
            var.update $deals_offset {
              value = $deals_offset + 100
            }
          }
          else {
            var.update $deals_has_more {
              value = false
            }
          }
        }
      }
    }
    var $deals_ok {
      value = $deals_error == null
    }
    conditional {
      if ($deals_sync_state == null) {
        db.add "fub_sync_state" {
          data = {
            entity_type: "deals",
            user_id: $input.user_id,
            last_sync_at: now,
            status: $deals_ok ? "ready" : "error",
            records_synced: $deals_ok ? $deals_changed : 0,
            error_message: $deals_ok ? null : ($deals_error|get:"message":"request failed"),
            cursor: ($deals_ok ? $deals_newest : $deals_cursor)|to_text
          }
        }
      }
      else {
        db.edit "fub_sync_state" {
          field_name = "id"
          field_value = $deals_sync_state|get:"id":0
          data = {
            entity_type: "deals",
            user_id: $input.user_id,
            last_sync_at: now,
            status: $deals_ok ? "ready" : "error",
            records_synced: $deals_ok ? $deals_changed : 0,
            error_message: $deals_ok ? null : ($deals_error|get:"message":"request failed"),
            cursor: ($deals_ok ? $deals_newest : $deals_cursor)|to_text
          }
        }
      }
    }
    conditional {
      if ($deals_error != null) {
        return {
          value = {success: false, data: null, error: $deals_error, step: "fetch_deals"}
        }
      }
    }
    conditional {
      if ($deals_changed == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No FUB deals changed since the last sync",
            step: "fetch_deals"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {fetched: $deals_fetched, written: $deals_changed},
    error: null,
    step: "complete"
  }
}
