tool "get_sync_state" {
  description = "Reads the sync state rows of one integration"
  docs = "Read-only."
  instructions = "Use this to see when an integration last synced and whether it is in error."
  tags = ["ai", "sync"]
  history = 100
  input {
    enum integration {
      values = ["fub", "rezen", "skyslope"]
      description = "Which integration to read"
    }
  }
  stack {
    switch ($input.integration) {
      case ("fub") {
        db.query "fub_sync_state" as $rows
      } break
      case ("rezen") {
        db.query "rezen_sync_state" as $rows
      } break
      default {
        db.query "skyslope_sync_state" as $rows
      }
    }
  }
  response = $rows
}
