task "Migration - Copy Remaining" {
  description = "Copies V1 rows in batches until the cut-over date"
  active = false
  datasource = "live"
  stack {
    function.run "Migration/Copy Remaining Batch" {
      input = {batch_size: 500}
    } as $batch
    debug.log {
      value = $batch
    }
  }
  schedule = [
    {
      starts_on: 2026-01-20 00:00:00+0000,
      freq: 180,
      ends_on: 2026-02-01 00:00:00+0000
    }
  ]
}
