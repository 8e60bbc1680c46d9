function "Workers/FUB - Lambda Coordinator" {
  input {
    int ad_user_id
    enum endpoint_type {
      values = ["people", "events", "calls", "appointments", "deals", "textMessages"]
    }
  }
  stack {
    switch ($input.endpoint_type) {
      case ("people") {
        var $table {
          value = "fub_people"
        }
      } break
      case ("events") {
        var $table {
          value = "fub_events"
        }
      } break
      case ("textMessages") {
        var $table {
          value = "fub_text_messages"
        }
      } break
      default {
        var $table {
          value = "fub_" ~ $input.endpoint_type
        }
      }
    }
    db.add "fub_worker_queue" {
      data = {
        process_status: "pending",
        endpoint_type: $input.endpoint_type,
        worker_input: {table: $table},
        ad_user_id: $input.ad_user_id
      }
    } as $queued
  }
  response = {success: true, data: $queued, error: null, step: "queued"}
}
