function "Utils/Object Width" {
  input {
  }
  stack {
    var $exactly_eighty {
      value = {entity_type: "appointments", status: "ready", records_synced: 226839, ok: true}
    }
    var $eighty_one {
      value = {
        entity_type: "appointments",
        status: "ready",
        records_synced: 2268390,
        ok: true
      }
    }
    var $empty {
      value = {}
    }
  }
  response = [$exactly_eighty, $eighty_one, $empty]
}
