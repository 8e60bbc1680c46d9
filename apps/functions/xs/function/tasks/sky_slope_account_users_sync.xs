function "Tasks/SkySlope - Account Users Sync" {
  description = "Syncs the SkySlope account's users into skyslope_users."
  input {
  }
  stack {
    var $users_written {
      value = 0
    }
    var $users_page {
      value = 1
    }
    var $users_has_more {
      value = true
    }
    var $users_fetched {
      value = 0
    }
    var $users_status {
      value = 0
    }
    var $users_reason {
      value = ""
    }
    var $users_answer {
      value = null
    }
    while ($users_has_more) {
      each {
        var.update $users_status {
          value = 0
        }
        try_catch {
          try {
            api.request {
              url = $env.SKYSLOPE_BASE_URL ~ "/api/users"
              method = "GET"
              params = {page: $users_page, pageSize: 100}
              timeout = 30
            } as $users_answer
            var.update $users_status {
              value = $users_answer|get:"response":({})|get:"status":0
            }
            var.update $users_reason {
              value = $users_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $users_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($users_status != 200) {
            var $users_error {
              value = {
                status: $users_status,
                url: $env.SKYSLOPE_BASE_URL ~ "/api/users",
                page: $users_page,
                message: $users_reason
              }
            }
            db.query "skyslope_sync_state" {
              where = ($db.skyslope_sync_state.entity_type == "users") && ($db.skyslope_sync_state.user_id == null)
              return = {type: "single"}
            } as $users_sync_state
            conditional {
              if ($users_sync_state == null) {
                db.add "skyslope_sync_state" {
                  data = {
                    entity_type: "users",
                    user_id: null,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $users_error|get:"message":"request failed"
                  }
                }
              }
              else {
                db.edit "skyslope_sync_state" {
                  field_name = "id"
                  field_value = $users_sync_state|get:"id":0
                  data = {
                    entity_type: "users",
                    user_id: null,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $users_error|get:"message":"request failed"
                  }
                }
              }
            }
            return {
              value = {success: false, data: null, error: $users_error, step: "fetch_users"}
            }
          }
        }
        var $users_response {
          value = $users_answer|get:"response":({})
        }
        var $users_body {
          value = $users_response|get:"result":({})
        }
        foreach ($users_body|get:"value":({})|get:"users":[]) {
          each as $users_record {
            var $user_guid {
              value = $users_record|get:"userGuid":""
            }
            db.get "skyslope_users" {
              field_name = "skyslope_user_id_raw"
              field_value = $user_guid
            } as $user_existing
            var $user_changed {
              value = ($user_existing == null) || (($user_existing|get:"first_name":null) != ($users_record|get:"firstName":null)) || (($user_existing|get:"last_name":null) != ($users_record|get:"lastName":null)) || (($user_existing|get:"email":null) != ($users_record|get:"email":null)) || (($user_existing|get:"role":null) != ($users_record|get:"role":null)) || (($user_existing|get:"status":null) != ($users_record|get:"status":null))
            }
            conditional {
              if ($user_changed) {
                db.add_or_edit "skyslope_users" {
                  field_name = "skyslope_user_id_raw"
                  field_value = $user_guid
                  data = {
                    skyslope_user_id_raw: $user_guid,
                    first_name: $users_record|get:"firstName":null,
                    last_name: $users_record|get:"lastName":null,
                    email: $users_record|get:"email":null,
                    role: $users_record|get:"role":null,
                    status: $users_record|get:"status":null,
                    skyslope_created_at: $users_record|get:"createdOn":null|to_timestamp,
                    updated_at: now
                  }
                }
                var.update $users_written {
                  value = $users_written + 1
                }
              }
            }
            var.update $users_fetched {
              value = $users_fetched + 1
            }
          }
        }
        var.update $users_has_more {
          value = (($users_body|get:"links":({})|get:"next":null) != null) == true
        }
        var.update $users_page {
          value = $users_page + 1
        }
      }
    }
    db.query "skyslope_sync_state" {
      where = ($db.skyslope_sync_state.entity_type == "users") && ($db.skyslope_sync_state.user_id == null)
      return = {type: "single"}
    } as $users_sync_state
    conditional {
      if ($users_sync_state == null) {
        db.add "skyslope_sync_state" {
          data = {
            entity_type: "users",
            user_id: null,
            last_sync_at: now,
            status: "success",
            records_synced: $users_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "skyslope_sync_state" {
          field_name = "id"
          field_value = $users_sync_state|get:"id":0
          data = {
            entity_type: "users",
            user_id: null,
            last_sync_at: now,
            status: "success",
            records_synced: $users_written,
            error_message: null
          }
        }
      }
    }
    conditional {
      if ($users_written == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No SkySlope users changed since the last sync",
            step: "sync_users"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {fetched: $users_fetched, written: $users_written},
    error: null,
    step: "complete"
  }
}
