task "Reporting - Process Errors and Send to Slack" {
  description = "Posts error logs rows not yet sent to Slack and flags them"
  docs = "Reads error logs where notified_on_slack is false, newest first, 50 per run."
  active = true
  datasource = "live"
  history = 100
  tags = ["reporting", "slack"]
  stack {
    db.query "error logs" {
      where = $db.error_logs.notified_on_slack == false
      sort = {created_at: "desc"}
      return = {type: "list", paging: {page: 1, per_page: 50}}
    } as $errors
    foreach ($errors.items) {
      each as $row {
        function.run "Workers/Utility - Slack Webhook" {
          input = {text: ":red_circle: " ~ $row.function_name ~ ": " ~ $row.message}
        }
        db.patch "error logs" {
          field_name = "id"
          field_value = $row.id
          data = {notified_on_slack: true}
        }
      }
    }
  }
  schedule = [{starts_on: 2025-12-01 00:05:00+0000, freq: 900}]
}
