function "Workers/SkySlope - Apply Changes" {
  input {
    int transaction_id
    json changes
  }
  stack {
    var $changes {
      value = $input.changes|unset:"id"
    }
    db.patch "transaction" {
      field_name = "id"
      field_value = $input.transaction_id
      data = $changes
    } as $patched
    db.patch "transaction" {
      field_name = "id"
      field_value = $input.transaction_id
      data = {stage: "synced"}
    }
  }
  response = $patched.status
}
