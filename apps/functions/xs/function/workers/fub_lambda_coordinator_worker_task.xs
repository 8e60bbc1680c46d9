function "Workers/FUB - Lambda Coordinator Worker Task" {
  description = "Imports one Follow Up Boss collection of a user into its fub_* table in the background, tracking the run in lambda_job_status and lambda_job_logs."
  input {
    int lambda_job_status_id {
      description = "The pending lambda_job_status row the coordinator endpoint queued"
    }
  }
  stack {
    db.get "lambda_job_status" {
      field_name = "id"
      field_value = $input.lambda_job_status_id
    } as $lambda_job
    conditional {
      if ($lambda_job == null) {
        return {
          value = {
            success: false,
            data: null,
            error: {code: "UNKNOWN_JOB", message: "No lambda_job_status row has this id"},
            step: "load_job"
          }
        }
      }
    }
    conditional {
      if (($lambda_job|get:"status":"") != "pending") {
        return {
          value = {
            success: true,
            skipped: true,
            reason: "The job is not pending: it has already run",
            step: "load_job"
          }
        }
      }
    }
    var $lambda_job_id {
      value = $lambda_job|get:"id":0
    }
    var $lambda_endpoint_type {
      value = $lambda_job|get:"endpoint_type":""
    }
    var $lambda_user_id {
      value = $lambda_job|get:"ad_user_id":0
    }
    db.edit "lambda_job_status" {
      field_name = "id"
      field_value = $lambda_job_id
      data = {status: "running", started_at: now, updated_at: now}
    }
    db.get "user" {
      field_name = "id"
      field_value = $lambda_user_id
    } as $lambda_owner
    var $lambda_agent_id {
      value = $lambda_owner|get:"agent_id":null
    }
    var $lambda_pages {
      value = 0
    }
    var $lambda_written {
      value = 0
    }
    var $lambda_added {
      value = 0
    }
    var $lambda_result {
      value = null
    }
    try_catch {
      try {
        var $lambda_url {
          value = $env.FUB_BASE_URL ~ "/v1/" ~ $lambda_endpoint_type
        }
        var $lambda_offset {
          value = 0
        }
        var $lambda_has_more {
          value = true
        }
        var $lambda_fetched {
          value = 0
        }
        var $lambda_error {
          value = null
        }
        while ($lambda_has_more) {
          each {
            var $lambda_answer {
              value = {}
            }
            try_catch {
              try {
                api.request {
                  url = $lambda_url
                  method = "GET"
                  params = {limit: 100, offset: $lambda_offset}
                  timeout = 30
                } as $lambda_request
                var.update $lambda_answer {
                  value = $lambda_request
                }
              }
              catch {
                var.update $lambda_error {
                  value = {
                    status: 0,
                    url: $lambda_url,
                    offset: $lambda_offset,
                    message: $error|get:"message":"no answer"
                  }
                }
              }
            }
            var $lambda_response {
              value = $lambda_answer|get:"response":({})
            }
            conditional {
              if (($lambda_error == null) && (($lambda_response|get:"status":0) != 200)) {
                var.update $lambda_error {
                  value = {
                    status: $lambda_response|get:"status":0,
                    url: $lambda_url,
                    offset: $lambda_offset,
                    message: $lambda_response|get:"result":({})|get:"error":"request failed"
                  }
                }
              }
            }
            conditional {
              if ($lambda_error == null) {
                var $lambda_body {
                  value = $lambda_response|get:"result":({})
                }
                var $lambda_page {
                  value = $lambda_body|get:$lambda_endpoint_type:[]
                }
                foreach ($lambda_page) {
                  each as $lambda_record {
                    var.update $lambda_fetched {
                      value = $lambda_fetched + 1
                    }
                    switch ($lambda_endpoint_type) {
                      case ("people") {
                        db.get "fub_people" {
                          field_name = "fub_people_id"
                          field_value = $lambda_record|get:"id":0
                        } as $lambda_row_people
                        var $lambda_fields_people {
                          value = {
                            fub_people_id: $lambda_record|get:"id":0,
                            user_id: $lambda_user_id,
                            agent_id: $lambda_agent_id,
                            first_name: $lambda_record|get:"firstName":null,
                            last_name: $lambda_record|get:"lastName":null,
                            emails: $lambda_record|get:"emails":[],
                            stage_id: $lambda_record|get:"stageId":null,
                            stage_name: $lambda_record|get:"stage":null,
                            source: $lambda_record|get:"source":null,
                            tags: $lambda_record|get:"tags":[],
                            assigned_to: $lambda_record|get:"assignedUserId":null
                          }
                        }
                        conditional {
                          if (($lambda_row_people == null) || (($lambda_row_people|get:"fub_people_id":null) != ($lambda_fields_people|get:"fub_people_id":null)) || (($lambda_row_people|get:"user_id":null) != ($lambda_fields_people|get:"user_id":null)) || (($lambda_row_people|get:"agent_id":null) != ($lambda_fields_people|get:"agent_id":null)) || (($lambda_row_people|get:"first_name":null) != ($lambda_fields_people|get:"first_name":null)) || (($lambda_row_people|get:"last_name":null) != ($lambda_fields_people|get:"last_name":null)) || (($lambda_row_people|get:"emails":null) != ($lambda_fields_people|get:"emails":null)) || (($lambda_row_people|get:"stage_id":null) != ($lambda_fields_people|get:"stage_id":null)) || (($lambda_row_people|get:"stage_name":null) != ($lambda_fields_people|get:"stage_name":null)) || (($lambda_row_people|get:"source":null) != ($lambda_fields_people|get:"source":null)) || (($lambda_row_people|get:"tags":null) != ($lambda_fields_people|get:"tags":null)) || (($lambda_row_people|get:"assigned_to":null) != ($lambda_fields_people|get:"assigned_to":null))) {
                            conditional {
                              if ($lambda_row_people == null) {
                                var.update $lambda_added {
                                  value = $lambda_added + 1
                                }
                              }
                            }
                            db.add_or_edit "fub_people" {
                              field_name = "fub_people_id"
                              field_value = $lambda_record|get:"id":0
                              data = {
                                fub_people_id: $lambda_record|get:"id":0,
                                user_id: $lambda_user_id,
                                agent_id: $lambda_agent_id,
                                first_name: $lambda_record|get:"firstName":null,
                                last_name: $lambda_record|get:"lastName":null,
                                emails: $lambda_record|get:"emails":[],
                                stage_id: $lambda_record|get:"stageId":null,
                                stage_name: $lambda_record|get:"stage":null,
                                source: $lambda_record|get:"source":null,
                                tags: $lambda_record|get:"tags":[],
                                assigned_to: $lambda_record|get:"assignedUserId":null,
                                updated_at: now
                              }
                            }
                            var.update $lambda_written {
                              value = $lambda_written + 1
                            }
                          }
                        }
                      } break
                      case ("calls") {
                        db.get "fub_calls" {
                          field_name = "fub_call_id"
                          field_value = $lambda_record|get:"id":0
                        } as $lambda_row_calls
                        var $lambda_fields_calls {
                          value = {
                            fub_call_id: $lambda_record|get:"id":0,
                            user_id: $lambda_user_id,
                            person_id: $lambda_record|get:"personId":null,
                            phone: $lambda_record|get:"phone":null,
                            is_incoming: $lambda_record|get:"isIncoming":null,
                            duration: $lambda_record|get:"duration":null,
                            outcome: $lambda_record|get:"outcome":null,
                            note: $lambda_record|get:"note":null,
                            fub_user_id: $lambda_record|get:"userId":null,
                            called_at: $lambda_record|get:"created":null|to_timestamp
                          }
                        }
                        conditional {
                          if (($lambda_row_calls == null) || (($lambda_row_calls|get:"fub_call_id":null) != ($lambda_fields_calls|get:"fub_call_id":null)) || (($lambda_row_calls|get:"user_id":null) != ($lambda_fields_calls|get:"user_id":null)) || (($lambda_row_calls|get:"person_id":null) != ($lambda_fields_calls|get:"person_id":null)) || (($lambda_row_calls|get:"phone":null) != ($lambda_fields_calls|get:"phone":null)) || (($lambda_row_calls|get:"is_incoming":null) != ($lambda_fields_calls|get:"is_incoming":null)) || (($lambda_row_calls|get:"duration":null) != ($lambda_fields_calls|get:"duration":null)) || (($lambda_row_calls|get:"outcome":null) != ($lambda_fields_calls|get:"outcome":null)) || (($lambda_row_calls|get:"note":null) != ($lambda_fields_calls|get:"note":null)) || (($lambda_row_calls|get:"fub_user_id":null) != ($lambda_fields_calls|get:"fub_user_id":null)) || (($lambda_row_calls|get:"called_at":null) != ($lambda_fields_calls|get:"called_at":null))) {
                            conditional {
                              if ($lambda_row_calls == null) {
                                var.update $lambda_added {
                                  value = $lambda_added + 1
                                }
                              }
                            }
                            db.add_or_edit "fub_calls" {
                              field_name = "fub_call_id"
                              field_value = $lambda_record|get:"id":0
                              data = {
                                fub_call_id: $lambda_record|get:"id":0,
                                user_id: $lambda_user_id,
                                person_id: $lambda_record|get:"personId":null,
                                phone: $lambda_record|get:"phone":null,
                                is_incoming: $lambda_record|get:"isIncoming":null,
                                duration: $lambda_record|get:"duration":null,
                                outcome: $lambda_record|get:"outcome":null,
                                note: $lambda_record|get:"note":null,
                                fub_user_id: $lambda_record|get:"userId":null,
                                called_at: $lambda_record|get:"created":null|to_timestamp,
                                updated_at: now
                              }
                            }
                            var.update $lambda_written {
                              value = $lambda_written + 1
                            }
                          }
                        }
                      } break
                      case ("events") {
                        db.get "fub_events" {
                          field_name = "fub_event_id"
                          field_value = $lambda_record|get:"id":0
                        } as $lambda_row_events
                        var $lambda_fields_events {
                          value = {
                            fub_event_id: $lambda_record|get:"id":0,
                            user_id: $lambda_user_id,
                            type: $lambda_record|get:"type":null,
                            person_id: $lambda_record|get:"personId":null,
                            source: $lambda_record|get:"source":null,
                            occurred_at: $lambda_record|get:"created":null|to_timestamp
                          }
                        }
                        conditional {
                          if (($lambda_row_events == null) || (($lambda_row_events|get:"fub_event_id":null) != ($lambda_fields_events|get:"fub_event_id":null)) || (($lambda_row_events|get:"user_id":null) != ($lambda_fields_events|get:"user_id":null)) || (($lambda_row_events|get:"type":null) != ($lambda_fields_events|get:"type":null)) || (($lambda_row_events|get:"person_id":null) != ($lambda_fields_events|get:"person_id":null)) || (($lambda_row_events|get:"source":null) != ($lambda_fields_events|get:"source":null)) || (($lambda_row_events|get:"occurred_at":null) != ($lambda_fields_events|get:"occurred_at":null))) {
                            conditional {
                              if ($lambda_row_events == null) {
                                var.update $lambda_added {
                                  value = $lambda_added + 1
                                }
                              }
                            }
                            db.add_or_edit "fub_events" {
                              field_name = "fub_event_id"
                              field_value = $lambda_record|get:"id":0
                              data = {
                                fub_event_id: $lambda_record|get:"id":0,
                                user_id: $lambda_user_id,
                                type: $lambda_record|get:"type":null,
                                person_id: $lambda_record|get:"personId":null,
                                source: $lambda_record|get:"source":null,
                                occurred_at: $lambda_record|get:"created":null|to_timestamp,
                                updated_at: now
                              }
                            }
                            var.update $lambda_written {
                              value = $lambda_written + 1
                            }
                          }
                        }
                      } break
                      case ("appointments") {
                        db.get "fub_appointments" {
                          field_name = "fub_appointment_id"
                          field_value = $lambda_record|get:"id":0
                        } as $lambda_row_appointments
                        var $lambda_fields_appointments {
                          value = {
                            fub_appointment_id: $lambda_record|get:"id":0,
                            user_id: $lambda_user_id,
                            title: $lambda_record|get:"title":null,
                            description: $lambda_record|get:"description":null,
                            all_day: $lambda_record|get:"allDay":null,
                            starts_at: $lambda_record|get:"start":null|to_timestamp,
                            ends_at: $lambda_record|get:"end":null|to_timestamp,
                            location: $lambda_record|get:"location":null,
                            person_id: $lambda_record|get:"invitees":[]|get:0:({})|get:"personId":null
                          }
                        }
                        conditional {
                          if (($lambda_row_appointments == null) || (($lambda_row_appointments|get:"fub_appointment_id":null) != ($lambda_fields_appointments|get:"fub_appointment_id":null)) || (($lambda_row_appointments|get:"user_id":null) != ($lambda_fields_appointments|get:"user_id":null)) || (($lambda_row_appointments|get:"title":null) != ($lambda_fields_appointments|get:"title":null)) || (($lambda_row_appointments|get:"description":null) != ($lambda_fields_appointments|get:"description":null)) || (($lambda_row_appointments|get:"all_day":null) != ($lambda_fields_appointments|get:"all_day":null)) || (($lambda_row_appointments|get:"starts_at":null) != ($lambda_fields_appointments|get:"starts_at":null)) || (($lambda_row_appointments|get:"ends_at":null) != ($lambda_fields_appointments|get:"ends_at":null)) || (($lambda_row_appointments|get:"location":null) != ($lambda_fields_appointments|get:"location":null)) || (($lambda_row_appointments|get:"person_id":null) != ($lambda_fields_appointments|get:"person_id":null))) {
                            conditional {
                              if ($lambda_row_appointments == null) {
                                var.update $lambda_added {
                                  value = $lambda_added + 1
                                }
                              }
                            }
                            db.add_or_edit "fub_appointments" {
                              field_name = "fub_appointment_id"
                              field_value = $lambda_record|get:"id":0
                              data = {
                                fub_appointment_id: $lambda_record|get:"id":0,
                                user_id: $lambda_user_id,
                                title: $lambda_record|get:"title":null,
                                description: $lambda_record|get:"description":null,
                                all_day: $lambda_record|get:"allDay":null,
                                starts_at: $lambda_record|get:"start":null|to_timestamp,
                                ends_at: $lambda_record|get:"end":null|to_timestamp,
                                location: $lambda_record|get:"location":null,
                                person_id: $lambda_record|get:"invitees":[]|get:0:({})|get:"personId":null,
                                updated_at: now
                              }
                            }
                            var.update $lambda_written {
                              value = $lambda_written + 1
                            }
                          }
                        }
                      } break
                      case ("deals") {
                        db.get "fub_deals" {
                          field_name = "fub_deal_id"
                          field_value = $lambda_record|get:"id":0
                        } as $lambda_row_deals
                        var $lambda_fields_deals {
                          value = {
                            fub_deal_id: $lambda_record|get:"id":0,
                            user_id: $lambda_user_id,
                            name: $lambda_record|get:"name":null,
                            stage_id: $lambda_record|get:"stageId":null,
                            stage_name: $lambda_record|get:"stageName":null,
                            pipeline_id: $lambda_record|get:"pipelineId":null,
                            pipeline_name: $lambda_record|get:"pipelineName":null,
                            price: $lambda_record|get:"price":null,
                            person_id: $lambda_record|get:"people":[]|get:0:({})|get:"id":null
                          }
                        }
                        conditional {
                          if (($lambda_row_deals == null) || (($lambda_row_deals|get:"fub_deal_id":null) != ($lambda_fields_deals|get:"fub_deal_id":null)) || (($lambda_row_deals|get:"user_id":null) != ($lambda_fields_deals|get:"user_id":null)) || (($lambda_row_deals|get:"name":null) != ($lambda_fields_deals|get:"name":null)) || (($lambda_row_deals|get:"stage_id":null) != ($lambda_fields_deals|get:"stage_id":null)) || (($lambda_row_deals|get:"stage_name":null) != ($lambda_fields_deals|get:"stage_name":null)) || (($lambda_row_deals|get:"pipeline_id":null) != ($lambda_fields_deals|get:"pipeline_id":null)) || (($lambda_row_deals|get:"pipeline_name":null) != ($lambda_fields_deals|get:"pipeline_name":null)) || (($lambda_row_deals|get:"price":null) != ($lambda_fields_deals|get:"price":null)) || (($lambda_row_deals|get:"person_id":null) != ($lambda_fields_deals|get:"person_id":null))) {
                            conditional {
                              if ($lambda_row_deals == null) {
                                var.update $lambda_added {
                                  value = $lambda_added + 1
                                }
                              }
                            }
                            db.add_or_edit "fub_deals" {
                              field_name = "fub_deal_id"
                              field_value = $lambda_record|get:"id":0
                              data = {
                                fub_deal_id: $lambda_record|get:"id":0,
                                user_id: $lambda_user_id,
                                name: $lambda_record|get:"name":null,
                                stage_id: $lambda_record|get:"stageId":null,
                                stage_name: $lambda_record|get:"stageName":null,
                                pipeline_id: $lambda_record|get:"pipelineId":null,
                                pipeline_name: $lambda_record|get:"pipelineName":null,
                                price: $lambda_record|get:"price":null,
                                person_id: $lambda_record|get:"people":[]|get:0:({})|get:"id":null,
                                updated_at: now
                              }
                            }
                            var.update $lambda_written {
                              value = $lambda_written + 1
                            }
                          }
                        }
                      } break
                      case ("textMessages") {
                        db.get "fub_text_messages" {
                          field_name = "fub_text_message_id"
                          field_value = $lambda_record|get:"id":0
                        } as $lambda_row_textMessages
                        var $lambda_fields_textMessages {
                          value = {
                            fub_text_message_id: $lambda_record|get:"id":0,
                            user_id: $lambda_user_id,
                            person_id: $lambda_record|get:"personId":null,
                            fub_user_id: $lambda_record|get:"userId":null,
                            is_incoming: $lambda_record|get:"isIncoming":null,
                            status: $lambda_record|get:"status":null,
                            message: $lambda_record|get:"message":null,
                            from_number: $lambda_record|get:"fromNumber":null,
                            to_number: $lambda_record|get:"toNumber":null,
                            sent_at: $lambda_record|get:"created":null|to_timestamp
                          }
                        }
                        conditional {
                          if (($lambda_row_textMessages == null) || (($lambda_row_textMessages|get:"fub_text_message_id":null) != ($lambda_fields_textMessages|get:"fub_text_message_id":null)) || (($lambda_row_textMessages|get:"user_id":null) != ($lambda_fields_textMessages|get:"user_id":null)) || (($lambda_row_textMessages|get:"person_id":null) != ($lambda_fields_textMessages|get:"person_id":null)) || (($lambda_row_textMessages|get:"fub_user_id":null) != ($lambda_fields_textMessages|get:"fub_user_id":null)) || (($lambda_row_textMessages|get:"is_incoming":null) != ($lambda_fields_textMessages|get:"is_incoming":null)) || (($lambda_row_textMessages|get:"status":null) != ($lambda_fields_textMessages|get:"status":null)) || (($lambda_row_textMessages|get:"message":null) != ($lambda_fields_textMessages|get:"message":null)) || (($lambda_row_textMessages|get:"from_number":null) != ($lambda_fields_textMessages|get:"from_number":null)) || (($lambda_row_textMessages|get:"to_number":null) != ($lambda_fields_textMessages|get:"to_number":null)) || (($lambda_row_textMessages|get:"sent_at":null) != ($lambda_fields_textMessages|get:"sent_at":null))) {
                            conditional {
                              if ($lambda_row_textMessages == null) {
                                var.update $lambda_added {
                                  value = $lambda_added + 1
                                }
                              }
                            }
                            db.add_or_edit "fub_text_messages" {
                              field_name = "fub_text_message_id"
                              field_value = $lambda_record|get:"id":0
                              data = {
                                fub_text_message_id: $lambda_record|get:"id":0,
                                user_id: $lambda_user_id,
                                person_id: $lambda_record|get:"personId":null,
                                fub_user_id: $lambda_record|get:"userId":null,
                                is_incoming: $lambda_record|get:"isIncoming":null,
                                status: $lambda_record|get:"status":null,
                                message: $lambda_record|get:"message":null,
                                from_number: $lambda_record|get:"fromNumber":null,
                                to_number: $lambda_record|get:"toNumber":null,
                                sent_at: $lambda_record|get:"created":null|to_timestamp,
                                updated_at: now
                              }
                            }
                            var.update $lambda_written {
                              value = $lambda_written + 1
                            }
                          }
                        }
                      } break
                    }
                  }
                }
                var.update $lambda_pages {
                  value = $lambda_pages + 1
                }
                db.edit "lambda_job_status" {
                  field_name = "id"
                  field_value = $lambda_job_id
                  data = {
                    pages: $lambda_pages,
                    records_synced: $lambda_written,
                    records_added: $lambda_added,
                    updated_at: now
                  }
                }
                db.add "lambda_job_logs" {
                  data = {
                    lambda_job_status_id: $lambda_job_id,
                    level: "info",
                    message: $lambda_endpoint_type ~ " page at offset " ~ $lambda_offset ~ ": " ~ ($lambda_page|count) ~ " records",
                    offset: $lambda_offset,
                    records: $lambda_page|count,
                    status: null,
                    updated_at: now
                  }
                }
                var.update $lambda_has_more {
                  value = ($lambda_body|get:"_metadata":({})|get:"nextLink":null) != null
                }
                var.update $lambda_offset {
                  value = $lambda_offset + 100
                }
              }
              else {
                var.update $lambda_has_more {
                  value = false
                }
              }
            }
          }
        }
        conditional {
          if ($lambda_error != null) {
            var $lambda_failure {
              value = ($lambda_error|get:"message":"request failed") ~ " (FUB status " ~ ($lambda_error|get:"status":0) ~ " at offset " ~ ($lambda_error|get:"offset":0) ~ ")"
            }
            db.add "lambda_job_logs" {
              data = {
                lambda_job_status_id: $lambda_job_id,
                level: "error",
                message: $lambda_failure,
                offset: $lambda_error|get:"offset":null,
                records: 0,
                status: $lambda_error|get:"status":0,
                updated_at: now
              }
            }
            db.edit "lambda_job_status" {
              field_name = "id"
              field_value = $lambda_job_id
              data = {
                pages: $lambda_pages,
                records_fetched: $lambda_fetched,
                records_synced: $lambda_written,
                records_added: $lambda_added,
                finished_at: now,
                updated_at: now,
                status: "error",
                error_message: $lambda_failure
              }
            }
            var.update $lambda_result {
              value = {
                success: false,
                data: null,
                error: $lambda_error|set:"lambda_job_status_id":$lambda_job_id,
                step: "fetch_records"
              }
            }
          }
          else {
            db.edit "lambda_job_status" {
              field_name = "id"
              field_value = $lambda_job_id
              data = {
                pages: $lambda_pages,
                records_fetched: $lambda_fetched,
                records_synced: $lambda_written,
                records_added: $lambda_added,
                finished_at: now,
                updated_at: now,
                status: "completed",
                error_message: null
              }
            }
            var.update $lambda_result {
              value = {
                success: true,
                data: {
                  lambda_job_status_id: $lambda_job_id,
                  endpoint_type: $lambda_endpoint_type,
                  pages: $lambda_pages,
                  fetched: $lambda_fetched,
                  written: $lambda_written,
                  added: $lambda_added
                },
                error: null,
                step: "complete"
              }
            }
          }
        }
      }
      catch {
        var $lambda_crash {
          value = $error|get:"message":"the batch failed"
        }
        db.add "lambda_job_logs" {
          data = {
            lambda_job_status_id: $lambda_job_id,
            level: "error",
            message: $lambda_crash,
            offset: null,
            records: 0,
            status: null,
            updated_at: now
          }
        }
        db.edit "lambda_job_status" {
          field_name = "id"
          field_value = $lambda_job_id
          data = {
            status: "error",
            finished_at: now,
            error_message: $lambda_crash,
            updated_at: now
          }
        }
        var.update $lambda_result {
          value = {
            success: false,
            data: null,
            error: {
              code: "BATCH_FAILED",
              message: $lambda_crash,
              lambda_job_status_id: $lambda_job_id
            },
            step: "import"
          }
        }
      }
    }
  }
  response = $lambda_result
}
