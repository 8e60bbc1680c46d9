function "Workers/FUB - Onboarding Appointments Worker" {
  description = "Stages the user's Follow Up Boss appointments and writes them to fub_appointments."
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
      where = ($db.fub_sync_state.user_id == $input.user_id) && ($db.fub_sync_state.entity_type == "appointments")
      return = {type: "single"}
    } as $appointments_sync_state
    var $appointments_cursor {
      value = $appointments_sync_state|get:"cursor":"0"|to_int|first_notempty:0
    }
    var $appointments_newest {
      value = $appointments_cursor
    }
    var $appointments_changed {
      value = 0
    }
    var $appointments_url {
      value = $env.FUB_BASE_URL ~ "/v1/appointments"
    }
    var $appointments_offset {
      value = 0
    }
    var $appointments_has_more {
      value = true
    }
    var $appointments_fetched {
      value = 0
    }
    var $appointments_error {
      value = null
    }
    while ($appointments_has_more) {
      each {
        var $appointments_answer {
          value = {}
        }
        try_catch {
          try {
            api.request {
              url = $appointments_url
              method = "GET"
              params = {limit: 100, offset: $appointments_offset}
              timeout = 30
            } as $appointments_request
            var.update $appointments_answer {
              value = $appointments_request
            }
          }
          catch {
            var.update $appointments_error {
              value = {
                status: 0,
                url: $appointments_url,
                offset: $appointments_offset,
                message: $error|get:"message":"no answer"
              }
            }
          }
        }
        var $appointments_response {
          value = $appointments_answer|get:"response":({})
        }
        conditional {
          if (($appointments_error == null) && (($appointments_response|get:"status":0) != 200)) {
            var.update $appointments_error {
              value = {
                status: $appointments_response|get:"status":0,
                url: $appointments_url,
                offset: $appointments_offset,
                message: $appointments_response|get:"result":({})|get:"error":"request failed"
              }
            }
          }
        }
        conditional {
          if ($appointments_error == null) {
            var $appointments_body {
              value = $appointments_response|get:"result":({})
            }
            var $appointments_page {
              value = $appointments_body|get:"appointments":[]
            }
            foreach ($appointments_page) {
              each as $appointments_record {
                var.update $appointments_fetched {
                  value = $appointments_fetched + 1
                }
                var $appointments_updated_ms {
                  value = $appointments_record|get:"updated":"1970-01-01T00:00:00Z"|to_timestamp|to_ms
                }
                conditional {
                  if ($appointments_updated_ms > $appointments_cursor) {
                    var $appointment_external_id {
                      value = $appointments_record|get:"id":0|to_text
                    }
                    db.add_or_edit "stage_appointments_fub_onboarding" {
                      field_name = "external_id"
                      field_value = $appointment_external_id
                      data = {
                        external_id: $appointment_external_id,
                        user_id: $input.user_id,
                        payload: $appointments_record,
                        is_processed: false,
                        updated_at: now
                      }
                    }
                    var.update $appointments_changed {
                      value = $appointments_changed + 1
                    }
                    conditional {
                      if ($appointments_updated_ms > $appointments_newest) {
                        var.update $appointments_newest {
                          value = $appointments_updated_ms
                        }
                      }
                    }
                  }
                }
              }
            }
            var.update $appointments_has_more {
              value = ($appointments_body|get:"_metadata":({})|get:"nextLink":null) != null
            }
            var.update $appointments_offset {
              value = $appointments_offset + 100
            }
          }
          else {
            var.update $appointments_has_more {
              value = false
            }
          }
        }
      }
    }
    var $appointments_ok {
      value = $appointments_error == null
    }
    conditional {
      if ($appointments_sync_state == null) {
        db.add "fub_sync_state" {
          data = {
            entity_type: "appointments",
            user_id: $input.user_id,
            last_sync_at: now,
            status: $appointments_ok ? "ready" : "error",
            records_synced: $appointments_ok ? $appointments_changed : 0,
            error_message: $appointments_ok ? null : ($appointments_error|get:"message":"request failed"),
            cursor: ($appointments_ok ? $appointments_newest : $appointments_cursor)|to_text
          }
        }
      }
      else {
        db.edit "fub_sync_state" {
          field_name = "id"
          field_value = $appointments_sync_state|get:"id":0
          data = {
            entity_type: "appointments",
            user_id: $input.user_id,
            last_sync_at: now,
            status: $appointments_ok ? "ready" : "error",
            records_synced: $appointments_ok ? $appointments_changed : 0,
            error_message: $appointments_ok ? null : ($appointments_error|get:"message":"request failed"),
            cursor: ($appointments_ok ? $appointments_newest : $appointments_cursor)|to_text
          }
        }
      }
    }
    conditional {
      if ($appointments_error != null) {
        return {
          value = {
            success: false,
            data: null,
            error: $appointments_error,
            step: "fetch_appointments"
          }
        }
      }
    }
    db.query "stage_appointments_fub_onboarding" {
      where = ($db.stage_appointments_fub_onboarding.user_id == $input.user_id) && ($db.stage_appointments_fub_onboarding.is_processed == false)
      sort = {id: "asc"}
    } as $appointment_staged
    var $appointment_written {
      value = 0
    }
    foreach ($appointment_staged) {
      each as $appointment_row {
        var $appointment_payload {
          value = $appointment_row.payload
        }
        var $appointment_id {
          value = $appointment_row.external_id|to_int|first_notempty:0
        }
        db.add_or_edit "fub_appointments" {
          field_name = "fub_appointment_id"
          field_value = $appointment_id
          data = {
            fub_appointment_id: $appointment_id,
            user_id: $input.user_id,
            title: $appointment_payload|get:"title":null,
            description: $appointment_payload|get:"description":null,
            all_day: $appointment_payload|get:"allDay":null,
            starts_at: $appointment_payload|get:"start":null|to_timestamp,
            ends_at: $appointment_payload|get:"end":null|to_timestamp,
            location: $appointment_payload|get:"location":null,
            person_id: $appointment_payload|get:"invitees":[]|get:0:({})|get:"personId":null,
            updated_at: now
          }
        }
        db.edit "stage_appointments_fub_onboarding" {
          field_name = "id"
          field_value = $appointment_row.id
          data = {is_processed: true, updated_at: now}
        }
        var.update $appointment_written {
          value = $appointment_written + 1
        }
      }
    }
    conditional {
      if ($appointment_written == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No staged FUB appointments to process",
            step: "process_appointments"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {
      fetched: $appointments_fetched,
      staged: $appointments_changed,
      written: $appointment_written
    },
    error: null,
    step: "complete"
  }
}
