function "Workers/SkySlope - Listings Sync" {
  description = "Syncs the user's SkySlope listing files into listing through stage_listing_skyslope."
  input {
    int user_id {
      description = "The user whose SkySlope account is synced"
    }
  }
  stack {
    precondition ($input.user_id > 0) {
      error_type = "inputerror"
      error = "user_id must be a positive integer"
    }
    db.has "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $listings_user_known
    conditional {
      if ($listings_user_known|not) {
        return {
          value = {
            success: false,
            data: null,
            error: {code: "UNKNOWN_USER", message: "No user has this user_id"},
            step: "validate_input"
          }
        }
      }
    }
    var $listings_staged {
      value = 0
    }
    var $listings_page {
      value = 1
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
              url = $env.SKYSLOPE_BASE_URL ~ "/api/files/listings"
              method = "GET"
              params = {page: $listings_page, pageSize: 100}
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
                url: $env.SKYSLOPE_BASE_URL ~ "/api/files/listings",
                page: $listings_page,
                message: $listings_reason
              }
            }
            db.query "skyslope_sync_state" {
              where = ($db.skyslope_sync_state.entity_type == "listings") && ($db.skyslope_sync_state.user_id == $input.user_id)
              return = {type: "single"}
            } as $listings_sync_state
            conditional {
              if ($listings_sync_state == null) {
                db.add "skyslope_sync_state" {
                  data = {
                    entity_type: "listings",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $listings_error|get:"message":"request failed"
                  }
                }
              }
              else {
                db.edit "skyslope_sync_state" {
                  field_name = "id"
                  field_value = $listings_sync_state|get:"id":0
                  data = {
                    entity_type: "listings",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $listings_error|get:"message":"request failed"
                  }
                }
              }
            }
            return {
              value = {success: false, data: null, error: $listings_error, step: "fetch_listings"}
            }
          }
        }
        var $listings_response {
          value = $listings_answer|get:"response":({})
        }
        var $listings_body {
          value = $listings_response|get:"result":({})
        }
        foreach ($listings_body|get:"value":({})|get:"listings":[]) {
          each as $listings_record {
            var $staged_listing_external_id {
              value = $listings_record|get:"listingGuid":""
            }
            db.get "stage_listing_skyslope" {
              field_name = "external_id"
              field_value = $staged_listing_external_id
            } as $staged_listing_existing
            var $staged_listing_is_changed {
              value = ($staged_listing_existing == null) || (($staged_listing_existing|get:"payload":({})|get:"modifiedOn":"") != ($listings_record|get:"modifiedOn":""))
            }
            conditional {
              if ($staged_listing_is_changed) {
                db.add_or_edit "stage_listing_skyslope" {
                  field_name = "external_id"
                  field_value = $staged_listing_external_id
                  data = {
                    external_id: $staged_listing_external_id,
                    user_id: $input.user_id,
                    payload: $listings_record,
                    is_processed: false,
                    updated_at: now
                  }
                }
              }
            }
            conditional {
              if ($staged_listing_is_changed) {
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
          value = (($listings_body|get:"links":({})|get:"next":null) != null) == true
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
    db.query "stage_listing_skyslope" {
      where = ($db.stage_listing_skyslope.user_id == $input.user_id) && ($db.stage_listing_skyslope.is_processed == false)
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
          if (($listing_held_by == "") || ($listing_held_by == "skyslope")) {
            db.add_or_edit "listing" {
              field_name = "listing_id_raw"
              field_value = $listing_row.external_id
              data = {
                listing_id_raw: $listing_row.external_id,
                status: $listing_payload|get:"status":"",
                list_price: $listing_payload|get:"listingPrice":null,
                listing_date: $listing_payload|get:"listingDate":null,
                expiration_date: $listing_payload|get:"expirationDate":null,
                data_source: "skyslope",
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
        db.edit "stage_listing_skyslope" {
          field_name = "id"
          field_value = $listing_row.id
          data = {is_processed: true, updated_at: now}
        }
        var.update $listing_written {
          value = $listing_written + 1
        }
      }
    }
    db.query "skyslope_sync_state" {
      where = ($db.skyslope_sync_state.entity_type == "listings") && ($db.skyslope_sync_state.user_id == $input.user_id)
      return = {type: "single"}
    } as $listings_sync_state
    conditional {
      if ($listings_sync_state == null) {
        db.add "skyslope_sync_state" {
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
        db.edit "skyslope_sync_state" {
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
            reason: "No SkySlope listings changed since the last sync",
            step: "sync_listings"
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
    step: "complete"
  }
}
