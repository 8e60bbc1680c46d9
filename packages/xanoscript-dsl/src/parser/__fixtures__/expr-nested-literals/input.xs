function "Utils/Alert Report Shape" {
  input {
    int critical
    int warning
  }
  stack {
    var $report {
      value = {
        summary: {
          total_alerts: $input.critical + $input.warning,
          critical: $input.critical,
          warning: $input.warning,
          info: 0
        },
        alerts: [],
        health_checks: [
          {name: "table_counts", status: "healthy", metrics: {}}
          {
            name: "staging_backlog",
            status: ($input.critical > 0) ? "unhealthy" : "healthy"
          }
        ],
        thresholds: {staging_backlog: {warning: 1000, critical: 5000}},
        generated_at: now
      }
    }
  }
  response = $report
}
