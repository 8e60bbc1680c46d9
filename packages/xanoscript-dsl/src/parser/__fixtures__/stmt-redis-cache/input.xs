function "Utils/Cached Table Counts" {
  input {
  }
  stack {
    redis.has {
      key = "table_counts"
    } as $cached
    conditional {
      if ($cached) {
        redis.get {
          key = "table_counts"
        } as $counts
      }
      else {
        function.run "System/Table Counts" as $counts
        redis.set {
          key = "table_counts"
          data = $counts
          ttl = 300
        }
      }
    }
  }
  response = $counts
}
