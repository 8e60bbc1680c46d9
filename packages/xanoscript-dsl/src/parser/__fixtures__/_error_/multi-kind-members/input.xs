query "leaderboard/computed" verb=GET {
  api_group = "Frontend API v2"
  schedule = [{starts_on: 2026-01-01 00:00:00+0000, freq: 60}]
  input {
    string metric
  }
  stack {
  }
}
