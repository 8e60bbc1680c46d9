realtime_trigger "sync_progress_join" {
  channel = "sync:*"
  description = "Answers a client joining a sync progress channel with the latest job state"
  actions = {join: true, message: false}
  active = true
  input {
    enum action {
      values = ["message", "join"]
    }
    text channel
    object client {
      schema {
        json extras
        object permissions {
          schema {
            int dbo_id
            text row_id
          }
        }
      }
    }
    object options {
      schema {
        bool authenticated
        text channel
      }
    }
    json payload
  }
  stack {
    var $user_id {
      value = $input.channel|split:":"|last|to_int
    }
    db.query "fub_sync_jobs" {
      where = $db.fub_sync_jobs.user_id == $user_id
      sort = {created_at: "desc"}
      return = {type: "single"}
    } as $job
  }
  response = $job
}
