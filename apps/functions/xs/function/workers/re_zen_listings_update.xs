function "Workers/reZEN - Listings Update" {
  description = "Refreshes the user's open reZEN listings in listing from reZEN's listing records."
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
            step: "listings_update"
          }
        }
      }
    }
    db.query "listing" {
      where = ($db.listing.user_id == $input.user_id) && ($db.listing.data_source == "rezen") && ($db.listing.status == "ACTIVE")
      sort = {id: "asc"}
    } as $open_listings
    var $listings_checked {
      value = 0
    }
    var $listings_updated {
      value = 0
    }
    foreach ($open_listings) {
      each as $open_listing {
        var $listing_detail_status {
          value = 0
        }
        var $listing_detail_reason {
          value = ""
        }
        var $listing_detail_answer {
          value = null
        }
        try_catch {
          try {
            api.request {
              url = $env.REZEN_BASE_URL ~ "/arrakis/api/v1/listings/" ~ $open_listing.listing_id_raw
              method = "GET"
              timeout = 30
            } as $listing_detail_answer
            var.update $listing_detail_status {
              value = $listing_detail_answer|get:"response":({})|get:"status":0
            }
            var.update $listing_detail_reason {
              value = $listing_detail_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $listing_detail_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($listing_detail_status != 200) {
            var $listing_detail_error {
              value = {
                status: $listing_detail_status,
                url: $env.REZEN_BASE_URL ~ "/arrakis/api/v1/listings/" ~ $open_listing.listing_id_raw,
                message: $listing_detail_reason
              }
            }
            db.query "rezen_sync_state" {
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "listings_update")
              return = {type: "single"}
            } as $listings_update_sync_state
            conditional {
              if ($listings_update_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "listings_update",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $listing_detail_error|get:"message":"failed"
                  }
                }
              }
              else {
                db.edit "rezen_sync_state" {
                  field_name = "id"
                  field_value = $listings_update_sync_state|get:"id":0
                  data = {
                    entity_type: "listings_update",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $listing_detail_error|get:"message":"failed"
                  }
                }
              }
            }
            return {
              value = {
                success: false,
                data: null,
                error: $listing_detail_error,
                step: "listings_update"
              }
            }
          }
        }
        var $listing_detail_body {
          value = $listing_detail_answer|get:"response":({})|get:"result":({})
        }
        var $listing_changed {
          value = ($open_listing.status != ($listing_detail_body|get:"lifecycleState":({})|get:"state":"")) || ($open_listing.list_price != ($listing_detail_body|get:"price":({})|get:"amount":0)) || ($open_listing.expiration_date != ($listing_detail_body|get:"expirationDate":"")) || ($open_listing.mls_number != ($listing_detail_body|get:"mlsNumber":""))
        }
        conditional {
          if ($listing_changed) {
            db.edit "listing" {
              field_name = "id"
              field_value = $open_listing.id
              data = {
                status: $listing_detail_body|get:"lifecycleState":({})|get:"state":"",
                list_price: $listing_detail_body|get:"price":({})|get:"amount":0,
                expiration_date: $listing_detail_body|get:"expirationDate":"",
                mls_number: $listing_detail_body|get:"mlsNumber":"",
                updated_at: now
              }
            }
            var.update $listings_updated {
              value = $listings_updated + 1
            }
          }
        }
        var.update $listings_checked {
          value = $listings_checked + 1
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "listings_update")
      return = {type: "single"}
    } as $listings_update_sync_state
    conditional {
      if ($listings_update_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "listings_update",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $listings_updated,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $listings_update_sync_state|get:"id":0
          data = {
            entity_type: "listings_update",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $listings_updated,
            error_message: null
          }
        }
      }
    }
    conditional {
      if ($listings_updated == 0) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No reZEN listings_update changed since the last sync",
            step: "listings_update"
          }
        }
      }
    }
  }
  response = {
    success: true,
    data: {checked: $listings_checked, written: $listings_updated},
    error: null,
    step: "listings_update"
  }
}
