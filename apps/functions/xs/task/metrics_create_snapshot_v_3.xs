task "Metrics - Create Snapshot V3" {
  description = "Runs Tasks/Metrics - Create Snapshot every hour."
  active = true
  tags = ["metrics", "internal", "hourly"]
  stack {
    function.run "Tasks/Metrics - Create Snapshot" as $run_result
    conditional {
      if (($run_result|get:"success":false) == false) {
        debug.log {
          value = $run_result|get:"data":({})
        }
      }
    }
  }
  schedule = [{starts_on: 2025-12-03 04:00:00+0000, freq: 3600}]
}
