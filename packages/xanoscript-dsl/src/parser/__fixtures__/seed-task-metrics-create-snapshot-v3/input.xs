task "Metrics - Create Snapshot V3" {
  description = "Hourly: runs Tasks/Metrics - Create Snapshot for every active user"
  active = true
  tags = ["metrics", "internal", "hourly"]
  stack {
    function.run "Tasks/Metrics - Create Snapshot" as $run
    debug.log {
      value = $run|get:"data":({})
    }
  }
  schedule = [{starts_on: 2025-12-03 04:00:00+0000, freq: 3600}]
}
