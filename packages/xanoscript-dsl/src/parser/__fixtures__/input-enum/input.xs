function "Workers/Set Onboarding Status" {
  input {
    int job_id
    enum status {
      values = ["New", "In Process", "Complete"]
    }
    enum entity?="people" {
      values = ["people", "calls", "events", "deals", "appointments", "text_messages"]
      description = "Which entity the status applies to"
    }
    enum? sub_status? {
      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]
    }
  }
  stack {
    db.patch "fub_onboarding_jobs" {
      field_name = "id"
      field_value = $input.job_id
      data = {status: $input.status}
    }
  }
  response = {job_id: $input.job_id, status: $input.status, entity: $input.entity}
}
