function "Utils/Known Endpoints" {
  input {
  }
  stack {
    var $short {
      value = ["people", "events", "calls"]
    }
    var $critical {
      value = [
        "/backfill-agent-team-id-v2"
        "/leaderboard/computed"
        "/table-counts"
        "/staging-unprocessed"
        "/seed/user/count"
        "/seed/transaction/count"
      ]
    }
    var $steps {
      value = [
        {name: "FUB - Calls Sync", path: "/test-function-8065-fub-calls"}
        {name: "reZEN - Transactions Sync", path: "/test-function-8052-txn-sync"}
        {
          name: "SkySlope - Account Users Sync",
          path: "/test-skyslope-account-users-sync"
        }
      ]
    }
    var $empty {
      value = []
    }
  }
  response = {short: $short, critical: $critical, steps: $steps, empty: $empty}
}
