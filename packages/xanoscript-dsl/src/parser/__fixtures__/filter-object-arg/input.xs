function "Utils/Default Sync State" {
  input {
    json? state?
  }
  stack {
    var $state {
      value = $input.state|first_notnull:({status: "ready", records_synced: 0})
    }
    var $merged {
      value = {entity_type: "people"}|merge:({status: "syncing", last_sync_at: now})
    }
    var $with_meta {
      value = $state|set:"meta":({source: "fub", version: 2})
    }
  }
  response = {state: $state, merged: $merged, with_meta: $with_meta}
}
