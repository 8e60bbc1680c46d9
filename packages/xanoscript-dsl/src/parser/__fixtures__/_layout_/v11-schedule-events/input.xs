task "reZEN - Full Contributions" {
  description = "Full contribution reload twice a day"
  stack {
    function.run "Tasks/reZEN - Contributions All Users"
  }
  schedule {
    events = [
      {starts_on: 2026-01-01 06:00:00+0000, freq: 86400}
      {starts_on: 2026-01-01 18:00:00+0000, freq: 86400}
    ]
  }
}
