query "test-function-8118-lambda-coordinator" verb=POST {
  api_group = "WORKERS"
  description = "Starts the Lambda coordinator (one FUB collection of a user) in the background and answers its job at once."
  input {
    enum endpoint_type {
      values = ["people", "events", "calls", "appointments", "deals", "textMessages"]
      description = "The FUB collection to import"
    }
    int? ad_user_id? {
      description = "The user whose FUB account is imported (ad_user_id, not user_id)"
    }
  }
  stack {
    var $ad_user_id {
      value = $input.ad_user_id|first_notempty:0
    }
    conditional {
      if ($ad_user_id <= 0) {
        return {
          value = {
            success: false,
            data: null,
            error: {
              code: "MISSING_AD_USER_ID",
              message: "ad_user_id is required: the id of the user whose FUB account is imported (the coordinator reads ad_user_id, not user_id)"
            },
            step: "validate_input"
          }
        }
      }
    }
    db.has "user" {
      field_name = "id"
      field_value = $ad_user_id
    } as $ad_user_known
    conditional {
      if ($ad_user_known|not) {
        return {
          value = {
            success: false,
            data: null,
            error: {code: "UNKNOWN_USER", message: "No user has this ad_user_id"},
            step: "validate_input"
          }
        }
      }
    }
    db.query "lambda_job_status" {
      where = ($db.lambda_job_status.ad_user_id == $ad_user_id) && ($db.lambda_job_status.endpoint_type == $input.endpoint_type)
      sort = {id: "desc"}
      return = {type: "single"}
    } as $last_lambda_job
    var $last_lambda_job_id {
      value = $last_lambda_job|get:"id":0
    }
    var $last_lambda_status {
      value = $last_lambda_job|get:"status":""
    }
    conditional {
      if ($last_lambda_status == "completed") {
        return {
          value = {
            success: true,
            skipped: true,
            step: "check_previous",
            reason: $input.endpoint_type ~ " of user " ~ $ad_user_id ~ " already imported by lambda job " ~ $last_lambda_job_id ~ " (completed); the daily workers keep them current"
          }
        }
      }
    }
    conditional {
      if (($last_lambda_status == "pending") || ($last_lambda_status == "running")) {
        var $last_lambda_still_ms {
          value = (now|to_ms) - ($last_lambda_job|get:"updated_at":now|to_ms)
        }
        conditional {
          if ($last_lambda_still_ms < 900000) {
            return {
              value = {
                success: true,
                skipped: true,
                step: "check_previous",
                reason: $input.endpoint_type ~ " of user " ~ $ad_user_id ~ " is being imported by lambda job " ~ $last_lambda_job_id ~ " (" ~ $last_lambda_status ~ ")"
              }
            }
          }
        }
        var $lambda_interrupted {
          value = $input.endpoint_type ~ " import interrupted: its job row had not moved for " ~ (($last_lambda_still_ms / 60000)|floor) ~ " min (" ~ $last_lambda_status ~ "), so its run was taken as dead"
        }
        db.add "lambda_job_logs" {
          data = {
            lambda_job_status_id: $last_lambda_job_id,
            level: "error",
            message: $lambda_interrupted,
            offset: null,
            records: 0,
            status: null,
            updated_at: now
          }
        }
        db.edit "lambda_job_status" {
          field_name = "id"
          field_value = $last_lambda_job_id
          data = {
            status: "error",
            error_message: $lambda_interrupted,
            finished_at: now,
            updated_at: now
          }
        }
      }
    }
    var $lambda_count_url {
      value = $env.FUB_BASE_URL ~ "/v1/" ~ $input.endpoint_type
    }
    var $lambda_count_answer {
      value = {}
    }
    var $lambda_count_reason {
      value = "request failed"
    }
    try_catch {
      try {
        api.request {
          url = $lambda_count_url
          method = "GET"
          params = {limit: 1, offset: 0}
          timeout = 30
        } as $lambda_count_request
        var.update $lambda_count_answer {
          value = $lambda_count_request
        }
      }
      catch {
        var.update $lambda_count_reason {
          value = $error|get:"message":"no answer"
        }
      }
    }
    var $lambda_count_response {
      value = $lambda_count_answer|get:"response":({})
    }
    var $lambda_count_status {
      value = $lambda_count_response|get:"status":0
    }
    conditional {
      if ($lambda_count_status != 200) {
        return {
          value = {
            success: false,
            data: null,
            step: "count_records",
            error: {
              status: $lambda_count_status,
              url: $lambda_count_url,
              offset: 0,
              message: $lambda_count_response|get:"result":({})|get:"error":$lambda_count_reason
            }
          }
        }
      }
    }
    var $lambda_fub_total {
      value = $lambda_count_response|get:"result":({})|get:"_metadata":({})|get:"total":0
    }
    var $lambda_held {
      value = 0
    }
    switch ($input.endpoint_type) {
      case ("people") {
        db.query "fub_people" {
          where = $db.fub_people.user_id == $ad_user_id
          return = {type: "count"}
        } as $lambda_held_people
        var.update $lambda_held {
          value = $lambda_held_people
        }
      } break
      case ("calls") {
        db.query "fub_calls" {
          where = $db.fub_calls.user_id == $ad_user_id
          return = {type: "count"}
        } as $lambda_held_calls
        var.update $lambda_held {
          value = $lambda_held_calls
        }
      } break
      case ("events") {
        db.query "fub_events" {
          where = $db.fub_events.user_id == $ad_user_id
          return = {type: "count"}
        } as $lambda_held_events
        var.update $lambda_held {
          value = $lambda_held_events
        }
      } break
      case ("appointments") {
        db.query "fub_appointments" {
          where = $db.fub_appointments.user_id == $ad_user_id
          return = {type: "count"}
        } as $lambda_held_appointments
        var.update $lambda_held {
          value = $lambda_held_appointments
        }
      } break
      case ("deals") {
        db.query "fub_deals" {
          where = $db.fub_deals.user_id == $ad_user_id
          return = {type: "count"}
        } as $lambda_held_deals
        var.update $lambda_held {
          value = $lambda_held_deals
        }
      } break
      case ("textMessages") {
        db.query "fub_text_messages" {
          where = $db.fub_text_messages.user_id == $ad_user_id
          return = {type: "count"}
        } as $lambda_held_text_messages
        var.update $lambda_held {
          value = $lambda_held_text_messages
        }
      } break
    }
    conditional {
      if (($lambda_fub_total > 0) && ($lambda_held >= $lambda_fub_total)) {
        return {
          value = {
            success: true,
            skipped: true,
            step: "count_records",
            reason: $input.endpoint_type ~ " of user " ~ $ad_user_id ~ ": the table already holds " ~ $lambda_held ~ " rows, FUB has " ~ $lambda_fub_total ~ " records"
          }
        }
      }
    }
    db.add "lambda_job_status" {
      data = {
        endpoint_type: $input.endpoint_type,
        ad_user_id: $ad_user_id,
        status: "pending",
        updated_at: now
      }
    } as $lambda_job
    function.run "Workers/FUB - Lambda Coordinator Worker Task" {
      input = {lambda_job_status_id: $lambda_job.id}
      async = true
    } as $background_job
    var $background_job_id {
      value = $background_job|get:"job_id":""|to_text
    }
    db.edit "lambda_job_status" {
      field_name = "id"
      field_value = $lambda_job.id
      data = {background_job_id: $background_job_id, updated_at: now}
    }
  }
  response = {
    success: true,
    data: {
      lambda_job_status_id: $lambda_job.id,
      background_job_id: $background_job_id,
      status: "pending",
      endpoint_type: $input.endpoint_type,
      ad_user_id: $ad_user_id
    },
    error: null,
    step: "queued"
  }
}
