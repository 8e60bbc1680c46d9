function "Utils/Time Filters" {
  input {
    timestamp? last_sync_at?
  }
  stack {
    var $now_ms {
      value = now|to_ms
    }
    var $day_ago {
      value = now|transform_timestamp:"-24 hours":"UTC"
    }
    var $label {
      value = $input.last_sync_at|format_timestamp:"Y-m-d H:i":"America/New_York"
    }
    var $parsed {
      value = "2026-01-26 21:48"|parse_timestamp:"Y-m-d H:i":"UTC"
    }
    var $in_an_hour {
      value = now|add_secs_to_timestamp:3600
    }
    var $last_ms {
      value = $input.last_sync_at|to_ms
    }
    var $age_hours {
      value = ($now_ms - $last_ms) / 3600000
    }
    var $as_seconds {
      value = $input.last_sync_at|to_seconds
    }
  }
  response = {day_ago: $day_ago, label: $label, parsed: $parsed, age_hours: $age_hours}
}
