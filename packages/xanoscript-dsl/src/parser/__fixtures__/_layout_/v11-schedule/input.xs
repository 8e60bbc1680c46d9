task "nightly" {
  stack {
    debug.log { value = "tick" }
  }
  schedule {
    events = [{starts_on: 2026-01-01 08:00:00+0000, freq: 3600}]
  }
}
