function "Workers/FUB - Get People" {
  description = "Fetches the user's Follow Up Boss people into fub_people, tracking the daily-update sync job."
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
      where = ($db.fub_sync_jobs.user_id == $input.user_id) && ($db.fub_sync_jobs.type == "daily_update")
      return = {type: "single"}
    } as $people_sync_job
    var $people_job_id {
      value = $people_sync_job|get:"id":0
    }
    conditional {
      if ($people_sync_job == null) {
        db.add "fub_sync_jobs" {
          data = {
            type: "daily_update",
            user_id: $input.user_id,
            people_status: "IN_PROGRESS",
            people_last_started_at: now,
            updated_at: now
          }
        } as $people_job_added
        var.update $people_job_id {
          value = $people_job_added.id
        }
      }
      else {
        db.edit "fub_sync_jobs" {
          field_name = "id"
          field_value = $people_job_id
          data = {
            type: "daily_update",
            user_id: $input.user_id,
            people_status: "IN_PROGRESS",
            people_last_started_at: now,
            updated_at: now
          }
        }
      }
    }
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $people_owner
    var $people_agent_id {
      value = $people_owner|get:"agent_id":null
    }
    db.query "fub_sync_state" {
      where = ($db.fub_sync_state.user_id == $input.user_id) && ($db.fub_sync_state.entity_type == "people")
      return = {type: "single"}
    } as $people_sync_state
    var $people_cursor {
      value = $people_sync_state|get:"cursor":"0"|to_int|first_notempty:0
    }
    var $people_newest {
      value = $people_cursor
    }
    var $people_changed {
      value = 0
    }
    var $people_url {
      value = $env.FUB_BASE_URL ~ "/v1/people"
    }
    var $people_offset {
      value = 0
    }
    var $people_has_more {
      value = true
    }
    var $people_fetched {
      value = 0
    }
    var $people_error {
      value = null
    }
    while ($people_has_more) {
      each {
        var $people_answer {
          value = {}
        }
        try_catch {
          try {
            api.request {
              url = $people_url
              method = "GET"
              params = {limit: 100, offset: $people_offset}
              timeout = 30
            } as $people_request
            var.update $people_answer {
              value = $people_request
            }
          }
          catch {
            var.update $people_error {
              value = {
                status: 0,
                url: $people_url,
                offset: $people_offset,
                message: $error|get:"message":"no answer"
              }
            }
          }
        }
        var $people_response {
          value = $people_answer|get:"response":({})
        }
        conditional {
          if (($people_error == null) && (($people_response|get:"status":0) != 200)) {
            var.update $people_error {
              value = {
                status: $people_response|get:"status":0,
                url: $people_url,
                offset: $people_offset,
                message: $people_response|get:"result":({})|get:"error":"request failed"
              }
            }
          }
        }
        conditional {
          if ($people_error == null) {
            var $people_body {
              value = $people_response|get:"result":({})
            }
            var $people_page {
              value = $people_body|get:"people":[]
            }
            foreach ($people_page) {
              each as $people_record {
                var.update $people_fetched {
                  value = $people_fetched + 1
                }
                var $people_updated_ms {
                  value = $people_record|get:"updated":"1970-01-01T00:00:00Z"|to_timestamp|to_ms
                }
                conditional {
                  if ($people_updated_ms > $people_cursor) {
                    db.add_or_edit "fub_people" {
                      field_name = "fub_people_id"
                      field_value = $people_record|get:"id":0
                      data = {
                        fub_people_id: $people_record|get:"id":0,
                        user_id: $input.user_id,
                        agent_id: $people_agent_id,
                        first_name: $people_record|get:"firstName":null,
                        last_name: $people_record|get:"lastName":null,
                        emails: $people_record|get:"emails":[],
                        stage_id: $people_record|get:"stageId":null,
                        stage_name: $people_record|get:"stage":null,
                        source: $people_record|get:"source":null,
                        tags: $people_record|get:"tags":[],
                        assigned_to: $people_record|get:"assignedUserId":null,
                        updated_at: now
                      }
                    }
                    var.update $people_changed {
                      value = $people_changed + 1
                    }
                    conditional {
                      if ($people_updated_ms > $people_newest) {
                        var.update $people_newest {
                          value = $people_updated_ms
                        }
                      }
                    }
                  }
                }
              }
            }
            var.update $people_has_more {
              value = ($people_body|get:"_metadata":({})|get:"nextLink":null) != null
            }
            var.update $people_offset {
              value = $people_offset + 100
            }
          }
          else {
            var.update $people_has_more {
              value = false
            }
          }
        }
      }
    }
    var $people_ok {
      value = $people_error == null
    }
    conditional {
      if ($people_sync_state == null) {
        db.add "fub_sync_state" {
          data = {
            entity_type: "people",
            user_id: $input.user_id,
            last_sync_at: now,
            status: $people_ok ? "ready" : "error",
            records_synced: $people_ok ? $people_changed : 0,
            error_message: $people_ok ? null : ($people_error|get:"message":"request failed"),
            cursor: ($people_ok ? $people_newest : $people_cursor)|to_text
          }
        }
      }
      else {
        db.edit "fub_sync_state" {
          field_name = "id"
          field_value = $people_sync_state|get:"id":0
          data = {
            entity_type: "people",
            user_id: $input.user_id,
            last_sync_at: now,
            status: $people_ok ? "ready" : "error",
            records_synced: $people_ok ? $people_changed : 0,
            error_message: $people_ok ? null : ($people_error|get:"message":"request failed"),
            cursor: ($people_ok ? $people_newest : $people_cursor)|to_text
          }
        }
      }
    }
    conditional {
      if ($people_error != null) {
        db.edit "fub_sync_jobs" {
          field_name = "id"
          field_value = $people_job_id
          data = {people_status: "ERROR", people_last_finished_at: now, updated_at: now}
        }
        return {
          value = {success: false, data: null, error: $people_error, step: "fetch_people"}
        }
      }
    }
    db.edit "fub_sync_jobs" {
      field_name = "id"
      field_value = $people_job_id
      data = {people_status: "COMPLETED", people_last_finished_at: now, updated_at: now}
    }
    conditional {
      if ($people_changed == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No FUB people changed since the last sync",
            step: "fetch_people"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {fetched: $people_fetched, written: $people_changed},
    error: null,
    step: "complete"
  }
}
