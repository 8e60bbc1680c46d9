function "Workers/Queue - Redis Backlog" {
  input {
    int user_id
  }
  stack {
    redis.push {
      package_key = "fub"
      key = "backlog"
      value = $input.user_id
    }
    redis.unshift {
      key = "priority_backlog"
      value = $input.user_id
    }
    redis.count {
      key = "backlog"
    } as $length
    redis.range {
      key = "backlog"
      start = 0
      stop = 9
    } as $next_ten
    redis.remove {
      key = "backlog"
      value = $input.user_id
      count = 1
    }
    redis.pop {
      key = "priority_backlog"
    } as $popped
    redis.shift {
      key = "backlog"
    } as $shifted
    redis.keys {
      search = "backlog*"
    } as $keys
  }
  response = {
    length: $length,
    next: $next_ten,
    popped: $popped,
    shifted: $shifted,
    keys: $keys
  }
}
