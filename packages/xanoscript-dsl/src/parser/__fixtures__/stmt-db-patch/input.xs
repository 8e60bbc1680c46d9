function "Workers/FUB - Update Sync State" {
  input {
    int state_id
    json changes
  }
  stack {
    var $patch {
      value = $input.changes|set:"last_sync_at":now
    }
    db.patch "fub_sync_state" {
      field_name = "id"
      field_value = $input.state_id
      data = $patch
    } as $state
  }
  response = $state
}
