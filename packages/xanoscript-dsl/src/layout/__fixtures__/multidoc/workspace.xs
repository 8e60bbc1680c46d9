table "audit_log" {
  schema {
    int id
    text name
  }
}
---
function "Workers/Send SMS" {
  input {
    text user_id
  }
  stack {
    var $id {
      value = $input.user_id|to_int
    }
  }
  response = $id
}
---
api_group "Reports" {
  canonical = "aDm1n000"
}
