function "Workers/FUB - Onboarding Text Messages Worker" {
  description = "Stages the user's Follow Up Boss text messages and writes them to fub_text_messages."
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
    db.query "fub_sync_jobs" {
      where = ($db.fub_sync_jobs.user_id == $input.user_id) && ($db.fub_sync_jobs.type == "onboarding")
      return = {type: "single"}
    } as $text_messages_sync_job
    var $text_messages_job_id {
      value = $text_messages_sync_job|get:"id":0
    }
    conditional {
      if ($text_messages_sync_job == null) {
        db.add "fub_sync_jobs" {
          data = {
            type: "onboarding",
            user_id: $input.user_id,
            text_messages_status: "IN_PROGRESS",
            text_messages_last_started_at: now,
            updated_at: now
          }
        } as $text_messages_job_added
        var.update $text_messages_job_id {
          value = $text_messages_job_added.id
        }
      }
      else {
        db.edit "fub_sync_jobs" {
          field_name = "id"
          field_value = $text_messages_job_id
          data = {
            type: "onboarding",
            user_id: $input.user_id,
            text_messages_status: "IN_PROGRESS",
            text_messages_last_started_at: now,
            updated_at: now
          }
        }
      }
    }
    db.query "fub_sync_state" {
      where = ($db.fub_sync_state.user_id == $input.user_id) && ($db.fub_sync_state.entity_type == "text_messages")
      return = {type: "single"}
    } as $text_messages_sync_state
    var $text_messages_cursor {
      value = $text_messages_sync_state|get:"cursor":"0"|to_int|first_notempty:0
    }
    var $text_messages_newest {
      value = $text_messages_cursor
    }
    var $text_messages_changed {
      value = 0
    }
    var $text_messages_url {
      value = $env.FUB_BASE_URL ~ "/v1/textMessages"
    }
    var $text_messages_offset {
      value = 0
    }
    var $text_messages_has_more {
      value = true
    }
    var $text_messages_fetched {
      value = 0
    }
    var $text_messages_error {
      value = null
    }
    while ($text_messages_has_more) {
      each {
        var $text_messages_answer {
          value = {}
        }
        try_catch {
          try {
            api.request {
              url = $text_messages_url
              method = "GET"
              params = {limit: 100, offset: $text_messages_offset}
              timeout = 30
            } as $text_messages_request
            var.update $text_messages_answer {
              value = $text_messages_request
            }
          }
          catch {
            var.update $text_messages_error {
              value = {
                status: 0,
                url: $text_messages_url,
                offset: $text_messages_offset,
                message: $error|get:"message":"no answer"
              }
            }
          }
        }
        var $text_messages_response {
          value = $text_messages_answer|get:"response":({})
        }
        conditional {
          if (($text_messages_error == null) && (($text_messages_response|get:"status":0) != 200)) {
            var.update $text_messages_error {
              value = {
                status: $text_messages_response|get:"status":0,
                url: $text_messages_url,
                offset: $text_messages_offset,
                message: $text_messages_response|get:"result":({})|get:"error":"request failed"
              }
            }
          }
        }
        conditional {
          if ($text_messages_error == null) {
            var $text_messages_body {
              value = $text_messages_response|get:"result":({})
            }
            var $text_messages_page {
              value = $text_messages_body|get:"textMessages":[]
            }
            foreach ($text_messages_page) {
              each as $text_messages_record {
                var.update $text_messages_fetched {
                  value = $text_messages_fetched + 1
                }
                var $text_messages_updated_ms {
                  value = $text_messages_record|get:"updated":"1970-01-01T00:00:00Z"|to_timestamp|to_ms
                }
                conditional {
                  if ($text_messages_updated_ms > $text_messages_cursor) {
                    var $text_message_external_id {
                      value = $text_messages_record|get:"id":0|to_text
                    }
                    db.add_or_edit "stage_text_messages_fub_onboarding" {
                      field_name = "external_id"
                      field_value = $text_message_external_id
                      data = {
                        external_id: $text_message_external_id,
                        user_id: $input.user_id,
                        payload: $text_messages_record,
                        is_processed: false,
                        updated_at: now
                      }
                    }
                    var.update $text_messages_changed {
                      value = $text_messages_changed + 1
                    }
                    conditional {
                      if ($text_messages_updated_ms > $text_messages_newest) {
                        var.update $text_messages_newest {
                          value = $text_messages_updated_ms
                        }
                      }
                    }
                  }
                }
              }
            }
            var.update $text_messages_has_more {
              value = ($text_messages_body|get:"_metadata":({})|get:"nextLink":null) != null
            }
            var.update $text_messages_offset {
              value = $text_messages_offset + 100
            }
          }
          else {
            var.update $text_messages_has_more {
              value = false
            }
          }
        }
      }
    }
    var $text_messages_ok {
      value = $text_messages_error == null
    }
    conditional {
      if ($text_messages_sync_state == null) {
        db.add "fub_sync_state" {
          data = {
            entity_type: "text_messages",
            user_id: $input.user_id,
            last_sync_at: now,
            status: $text_messages_ok ? "ready" : "error",
            records_synced: $text_messages_ok ? $text_messages_changed : 0,
            error_message: $text_messages_ok ? null : ($text_messages_error|get:"message":"request failed"),
            cursor: ($text_messages_ok ? $text_messages_newest : $text_messages_cursor)|to_text
          }
        }
      }
      else {
        db.edit "fub_sync_state" {
          field_name = "id"
          field_value = $text_messages_sync_state|get:"id":0
          data = {
            entity_type: "text_messages",
            user_id: $input.user_id,
            last_sync_at: now,
            status: $text_messages_ok ? "ready" : "error",
            records_synced: $text_messages_ok ? $text_messages_changed : 0,
            error_message: $text_messages_ok ? null : ($text_messages_error|get:"message":"request failed"),
            cursor: ($text_messages_ok ? $text_messages_newest : $text_messages_cursor)|to_text
          }
        }
      }
    }
    conditional {
      if ($text_messages_error != null) {
        db.edit "fub_sync_jobs" {
          field_name = "id"
          field_value = $text_messages_job_id
          data = {
            text_messages_status: "ERROR",
            text_messages_last_finished_at: now,
            updated_at: now
          }
        }
        return {
          value = {
            success: false,
            data: null,
            error: $text_messages_error,
            step: "fetch_text_messages"
          }
        }
      }
    }
    db.query "stage_text_messages_fub_onboarding" {
      where = ($db.stage_text_messages_fub_onboarding.user_id == $input.user_id) && ($db.stage_text_messages_fub_onboarding.is_processed == false)
      sort = {id: "asc"}
    } as $text_message_staged
    var $text_message_written {
      value = 0
    }
    foreach ($text_message_staged) {
      each as $text_message_row {
        var $text_message_payload {
          value = $text_message_row.payload
        }
        var $text_message_id {
          value = $text_message_row.external_id|to_int|first_notempty:0
        }
        db.add_or_edit "fub_text_messages" {
          field_name = "fub_text_message_id"
          field_value = $text_message_id
          data = {
            fub_text_message_id: $text_message_id,
            user_id: $input.user_id,
            person_id: $text_message_payload|get:"personId":null,
            fub_user_id: $text_message_payload|get:"userId":null,
            is_incoming: $text_message_payload|get:"isIncoming":null,
            status: $text_message_payload|get:"status":null,
            message: $text_message_payload|get:"message":null,
            from_number: $text_message_payload|get:"fromNumber":null,
            to_number: $text_message_payload|get:"toNumber":null,
            sent_at: $text_message_payload|get:"created":null|to_timestamp,
            updated_at: now
          }
        }
        db.edit "stage_text_messages_fub_onboarding" {
          field_name = "id"
          field_value = $text_message_row.id
          data = {is_processed: true, updated_at: now}
        }
        var.update $text_message_written {
          value = $text_message_written + 1
        }
      }
    }
    db.edit "fub_sync_jobs" {
      field_name = "id"
      field_value = $text_messages_job_id
      data = {
        text_messages_status: "COMPLETED",
        text_messages_last_finished_at: now,
        updated_at: now
      }
    }
    conditional {
      if ($text_message_written == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No staged FUB text messages to process",
            step: "process_text_messages"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {
      fetched: $text_messages_fetched,
      staged: $text_messages_changed,
      written: $text_message_written
    },
    error: null,
    step: "complete"
  }
}
