function "Workers/reZEN - Onboarding Process Agent Sponsor Tree" {
  description = "Onboarding step: writes the user's reZEN sponsor tree to network_hierarchy (one row per ancestor and descendant)."
  input {
    int user_id {
      description = "The user whose onboarding job to advance"
    }
  }
  stack {
    db.query "rezen_onboarding_jobs" {
      where = ($db.rezen_onboarding_jobs.user_id == $input.user_id) && (($db.rezen_onboarding_jobs.status == "New") || ($db.rezen_onboarding_jobs.status == "Started") || (($db.rezen_onboarding_jobs.status == "Error") && ($db.rezen_onboarding_jobs.failed_attempts < 3))) && ($db.rezen_onboarding_jobs.sponsor_tree == false)
      sort = {created_at: "asc"}
      return = {type: "single"}
    } as $pending_job
    conditional {
      if ($pending_job == null) {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "No pending onboarding job needs sponsor_tree",
            step: "sponsor_tree"
          }
        }
      }
    }
    precondition ($pending_job != null) {
      error_type = "notfound"
      error = "No pending onboarding job"
    }
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
            step: "sponsor_tree"
          }
        }
      }
    }
    conditional {
      if ($pending_job.status == "New") {
        db.edit "rezen_onboarding_jobs" {
          field_name = "id"
          field_value = $pending_job.id
          data = {status: "Started", started: now}
        }
      }
    }
    conditional {
      if ($pending_job.status == "Error") {
        db.edit "rezen_onboarding_jobs" {
          field_name = "id"
          field_value = $pending_job.id
          data = {
            status: "Started",
            started: $pending_job.started|first_notnull:now,
            finished: null
          }
        }
      }
    }
    var $tree_sponsor_of {
      value = {}
    }
    var $tree_members {
      value = []
    }
    var $tree_page {
      value = 0
    }
    var $tree_has_more {
      value = true
    }
    var $tree_fetched {
      value = 0
    }
    var $tree_status {
      value = 0
    }
    var $tree_reason {
      value = ""
    }
    var $tree_answer {
      value = null
    }
    while ($tree_has_more) {
      each {
        var.update $tree_status {
          value = 0
        }
        try_catch {
          try {
            api.request {
              url = $env.REZEN_BASE_URL ~ "/yenta/api/v1/network/" ~ $yenta_id ~ "/down-network"
              method = "GET"
              params = {pageNumber: $tree_page, pageSize: 100}
              timeout = 30
            } as $tree_answer
            var.update $tree_status {
              value = $tree_answer|get:"response":({})|get:"status":0
            }
            var.update $tree_reason {
              value = $tree_answer|get:"response":({})|get:"result":({})|get:"error":"request failed"
            }
          }
          catch {
            var.update $tree_reason {
              value = $error|get:"message":"no answer"
            }
          }
        }
        conditional {
          if ($tree_status != 200) {
            var $tree_error {
              value = {
                status: $tree_status,
                url: $env.REZEN_BASE_URL ~ "/yenta/api/v1/network/" ~ $yenta_id ~ "/down-network",
                page: $tree_page,
                message: $tree_reason
              }
            }
            db.query "rezen_sync_state" {
              where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "sponsor_tree")
              return = {type: "single"}
            } as $sponsor_tree_sync_state
            conditional {
              if ($sponsor_tree_sync_state == null) {
                db.add "rezen_sync_state" {
                  data = {
                    entity_type: "sponsor_tree",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $tree_error|get:"message":"failed"
                  }
                }
              }
              else {
                db.edit "rezen_sync_state" {
                  field_name = "id"
                  field_value = $sponsor_tree_sync_state|get:"id":0
                  data = {
                    entity_type: "sponsor_tree",
                    user_id: $input.user_id,
                    last_sync_at: now,
                    status: "error",
                    records_synced: 0,
                    error_message: $tree_error|get:"message":"failed"
                  }
                }
              }
            }
            db.edit "rezen_onboarding_jobs" {
              field_name = "id"
              field_value = $pending_job.id
              data = {
                status: "Error",
                finished: now,
                error_message: $tree_error|get:"message":"failed",
                failed_attempts: $pending_job.failed_attempts + 1
              }
            }
            return {
              value = {success: false, data: null, error: $tree_error, step: "sponsor_tree"}
            }
          }
        }
        var $tree_response {
          value = $tree_answer|get:"response":({})
        }
        var $tree_body {
          value = $tree_response|get:"result":({})
        }
        foreach ($tree_body|get:"results":[]) {
          each as $tree_record {
            var $tree_member_id {
              value = $tree_record|get:"yentaId":""
            }
            var.update $tree_sponsor_of {
              value = $tree_sponsor_of|set:$tree_member_id:($tree_record|get:"sponsorYentaId":""|first_notnull:"")
            }
            var.update $tree_members {
              value = $tree_members|push:$tree_member_id
            }
            var.update $tree_fetched {
              value = $tree_fetched + 1
            }
          }
        }
        var.update $tree_has_more {
          value = ($tree_body|get:"hasNext":false) == true
        }
        var.update $tree_page {
          value = $tree_page + 1
        }
      }
    }
    var $tree_written {
      value = 0
    }
    foreach ($tree_members) {
      each as $tree_member {
        var $tree_path {
          value = []
        }
        var.update $tree_path {
          value = $tree_path|push:$tree_member
        }
        var $tree_current {
          value = $tree_member
        }
        var $tree_depth {
          value = 0
        }
        var $tree_climbing {
          value = true
        }
        while ($tree_climbing) {
          each {
            var $tree_sponsor {
              value = $tree_sponsor_of|get:$tree_current:""
            }
            var $tree_inside {
              value = ($tree_sponsor != "") && ($tree_sponsor_of|has:$tree_sponsor) && ($tree_depth < $tree_fetched)
            }
            var $tree_ancestor {
              value = $tree_inside ? $tree_sponsor : $yenta_id
            }
            var.update $tree_depth {
              value = $tree_depth + 1
            }
            var.update $tree_path {
              value = $tree_path|push:$tree_ancestor
            }
            var $tree_edge_id {
              value = ($input.user_id|to_text) ~ ":" ~ $tree_ancestor ~ ":" ~ $tree_member
            }
            db.add_or_edit "network_hierarchy" {
              field_name = "network_hierarchy_id_raw"
              field_value = $tree_edge_id
              data = {
                network_hierarchy_id_raw: $tree_edge_id,
                user_id: $input.user_id,
                ancestor_agent_id_raw: $tree_ancestor,
                descendant_agent_id_raw: $tree_member,
                depth: $tree_depth,
                path_json: $tree_path|reverse,
                updated_at: now
              }
            }
            var.update $tree_written {
              value = $tree_written + 1
            }
            var.update $tree_current {
              value = $tree_ancestor
            }
            var.update $tree_climbing {
              value = $tree_inside
            }
          }
        }
      }
    }
    db.query "rezen_sync_state" {
      where = ($db.rezen_sync_state.user_id == $input.user_id) && ($db.rezen_sync_state.entity_type == "sponsor_tree")
      return = {type: "single"}
    } as $sponsor_tree_sync_state
    conditional {
      if ($sponsor_tree_sync_state == null) {
        db.add "rezen_sync_state" {
          data = {
            entity_type: "sponsor_tree",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $tree_written,
            error_message: null
          }
        }
      }
      else {
        db.edit "rezen_sync_state" {
          field_name = "id"
          field_value = $sponsor_tree_sync_state|get:"id":0
          data = {
            entity_type: "sponsor_tree",
            user_id: $input.user_id,
            last_sync_at: now,
            status: "success",
            records_synced: $tree_written,
            error_message: null
          }
        }
      }
    }
    db.edit "rezen_onboarding_jobs" {
      field_name = "id"
      field_value = $pending_job.id
      data = {sponsor_tree: true, failed_attempts: 0}
    } as $job_done
    conditional {
      if (($job_done.cap_data == true) && ($job_done.equity_data == true) && ($job_done.sponsor_tree == true) && ($job_done.revshare_totals == true) && ($job_done.pending_contributions == true) && ($job_done.contributions == true) && ($job_done.network_downline == true) && ($job_done.stage_contributions == true) && ($job_done.load_contributions == true) && ($job_done.contributors == true)) {
        db.edit "rezen_onboarding_jobs" {
          field_name = "id"
          field_value = $pending_job.id
          data = {status: "Complete", finished: now, error_message: null}
        }
      }
    }
  }
  response = {
    success: true,
    data: {job_id: $pending_job.id, fetched: $tree_fetched, written: $tree_written},
    error: null,
    step: "sponsor_tree"
  }
}
