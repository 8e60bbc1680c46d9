// The sync-state table of one integration.
table "sync_state" {
  auth = false
  schema {
    int id
    text integration
    timestamp last_synced_at?
  }
}
---
// Reads the state of one integration.
function "Sync/Get State" {
  input {
    text integration
  }
  stack {
    db.get "sync_state" {
      field_name = "integration"
      field_value = $input.integration
    } as $state
  }
  response = $state
}
