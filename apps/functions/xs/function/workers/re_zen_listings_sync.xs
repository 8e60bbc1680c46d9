function "Workers/reZEN - Listings Sync" {
  description = "Syncs the user's reZEN listings into listing."
  input {
    int user_id {
      description = "The user whose reZEN data to sync"
    }
  }
  stack {
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $onboarding_user
    var $onboarding_agent_id {
      value = $onboarding_user|get:"agent_id":0|first_notnull:0
    }
    db.get "agent" {
      field_name = "id"
      field_value = $onboarding_agent_id
    } as $onboarding_agent
    var $yenta_id {
      value = $onboarding_agent|get:"agent_id_raw":""
    }
    conditional {
      if ($yenta_id == "") {
        return {
          value = {
            success: false,
            data: null,
            error: {
              code: "NO_REZEN_AGENT",
              message: "The user has no reZEN agent id (agent.agent_id_raw)"
            },
            step: "listings"
          }
        }
      }
    }
    var $listings_staged {
      value = 0
    }
    var $listings_page {
      value = 0
    }
    var $listings_has_more {
      value = true
    }
    var $listings_fetched {
      value = 0
    }
    var $listings_status {
      value = 0
    }
    var $listings_reason {
      value = ""
    }
    var $listings_answer {
      value = null
    }
    while ($listings_has_more) {
      each {
        var.update $listings_status {
          value = 0
        }
        try_catch {
          try {
            api.request {
              url = $env.REZEN_BASE_URL ~ "/arrakis/api/v1/transactions/participant/" ~ $yenta_id ~ "/listings"
              method = "GET"
              params = {pageNumber: $listings_page, pageSize: 100}
              timeout = 30
            } as $listings_answer
            var.update $listings_status {
              value = $listings_answer|get:"response":({})|get:"status":0
            }
            var.update $listings_reason {
              value = $listings_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $listings_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($listings_status != 200) {
            var $listings_error {
              value = {
                status: $listings_status,
                url: $env.REZEN_BASE_URL ~ "/arrakis/api/v1/transactions/participant/" ~ $yenta_id ~ "/listings",
                page: $listings_page,
                message: $listings_reason
              }
            }
            db.query "rezen_sync_state" {
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "listings")
              return = {type: "single"}
            } as $listings_sync_state
            conditional {
              if ($listings_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "listings",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $listings_error|get:"message":"failed"
                  }
                }
              }
              else {
                db.edit "rezen_sync_state" {
                  field_name = "id"
                  field_value = $listings_sync_state|get:"id":0
                  data = {
                    entity_type: "listings",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $listings_error|get:"message":"failed"
                  }
                }
              }
            }
            return {
              value = {success: false, data: null, error: $listings_error, step: "listings"}
            }
          }
        }
        var $listings_response {
          value = $listings_answer|get:"response":({})
        }
        var $listings_body {
          value = $listings_response|get:"result":({})
        }
        foreach ($listings_body|get:"results":[]) {
          each as $listings_record {
            var $listing_external_id {
              value = $listings_record|get:"id":""
            }
            db.get "stage_listings_rezen_onboarding" {
              field_name = "external_id"
              field_value = $listing_external_id
            } as $listing_existing
            var $listing_is_changed {
              value = ($listing_existing == null) || (($listing_existing|get:"payload":({})|get:"updatedAt":"") != ($listings_record|get:"updatedAt":""))
            }
            conditional {
              if ($listing_is_changed) {
                db.add_or_edit "stage_listings_rezen_onboarding" {
                  field_name = "external_id"
                  field_value = $listing_external_id
                  data = {
                    external_id: $listing_external_id,
                    user_id: $input.user_id,
                    payload: $listings_record,
                    is_processed: false,
                    updated_at: now
                  }
                }
              }
            }
            conditional {
              if ($listing_is_changed) {
                var.update $listings_staged {
                  value = $listings_staged + 1
                }
              }
            }
            var.update $listings_fetched {
              value = $listings_fetched + 1
            }
          }
        }
        var.update $listings_has_more {
          value = ($listings_body|get:"hasNext":false) == true
        }
        var.update $listings_page {
          value = $listings_page + 1
        }
      }
    }
    var $listings_written {
      value = 0
    }
    var $listings_other_source {
      value = 0
    }
    db.query "stage_listings_rezen_onboarding" {
      where = ($db.stage_listings_rezen_onboarding.user_id == $input.user_id) && ($db.stage_listings_rezen_onboarding.is_processed == false)
      sort = {id: "asc"}
    } as $listing_staged
    var $listing_written {
      value = 0
    }
    foreach ($listing_staged) {
      each as $listing_row {
        var $listing_payload {
          value = $listing_row.payload
        }
        db.get "listing" {
          field_name = "listing_id_raw"
          field_value = $listing_row.external_id
        } as $listing_held
        var $listing_held_by {
          value = $listing_held|get:"data_source":""|first_notnull:""
        }
        conditional {
          if (($listing_held_by == "") || ($listing_held_by == "rezen")) {
            db.add_or_edit "listing" {
              field_name = "listing_id_raw"
              field_value = $listing_row.external_id
              data = {
                listing_id_raw: $listing_row.external_id,
                status: $listing_payload|get:"lifecycleState":({})|get:"state":"",
                list_price: $listing_payload|get:"price":({})|get:"amount":0,
                listing_date: $listing_payload|get:"listingDate":"",
                expiration_date: $listing_payload|get:"expirationDate":"",
                data_source: "rezen",
                user_id: $input.user_id,
                updated_at: now
              }
            }
            var.update $listings_written {
              value = $listings_written + 1
            }
          }
          else {
            var.update $listings_other_source {
              value = $listings_other_source + 1
            }
          }
        }
        db.edit "stage_listings_rezen_onboarding" {
          field_name = "id"
          field_value = $listing_row.id
          data = {is_processed: true, updated_at: now}
        }
        var.update $listing_written {
          value = $listing_written + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "listings")
      return = {type: "single"}
    } as $listings_sync_state
    conditional {
      if ($listings_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "listings",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $listings_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $listings_sync_state|get:"id":0
          data = {
            entity_type: "listings",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $listings_written,
            error_message: null
          }
        }
      }
    }
    conditional {
      if ($listings_written == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No reZEN listings changed since the last sync",
            step: "listings"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {
      fetched: $listings_fetched,
      staged: $listings_staged,
      written: $listings_written,
      other_source: $listings_other_source
    },
    error: null,
    step: "listings"
  }
}
