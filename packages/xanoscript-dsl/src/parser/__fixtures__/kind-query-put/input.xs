query "user-settings" verb=PUT {
  api_group = "Frontend API v2"
  auth = "user"
  input {
    json settings
  }
  stack {
    db.add_or_edit "user_settings" {
      field_name = "user_id"
      field_value = $auth.id
      data = {user_id: $auth.id, settings: $input.settings, updated_at: now}
    } as $row
  }
  response = $row
}
