function "Workers/SkySlope - Build Sync Window" {
  input {
    int user_id
    int lookback_days?=7
  }
  stack {
    var $page {
      value = 1
    }
    var $commission_rate {
      value = 0.025
    }
    var $source {
      value = "skyslope"
    }
    var $full_sync {
      value = false
    }
    var $cursor {
      value = null
    }
    var $transaction_ids {
      value = []
    }
    var $statuses {
      value = ["Active", "Pending", "Closed"]
    }
    var $window_secs {
      value = $input.lookback_days * 86400
    }
    var $started_at {
      value = now
    }
    var $api_base {
      value = $env.SKYSLOPE_API_BASE
    }
    var $sync_state {
      value = {
        user_id: $input.user_id,
        page: $page,
        cursor: $cursor,
        source: $source,
        full_sync: $full_sync,
        rate: $commission_rate,
        statuses: $statuses,
        window_secs: $window_secs,
        started_at: $started_at,
        api_base: $api_base
      }
    }
  }
  response = {state: $sync_state, ids: $transaction_ids}
}
