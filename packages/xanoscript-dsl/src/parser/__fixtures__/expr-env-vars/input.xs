query "webhooks/fub" verb=POST {
  api_group = "Webhook: FUB"
  input {
    json payload
  }
  stack {
    db.add "event_log" {
      data = {
        source: "fub",
        remote_ip: $env.$remote_ip,
        method: $env.$request_method,
        remote_host: $env.$remote_host,
        remote_port: $env.$remote_port,
        received_at: now,
        payload: $input.payload
      }
    } as $log
    precondition (($input.payload|get:"secret":"") == $env.FUB_WEBHOOK_SECRET) {
      error_type = "accessdenied"
      error = "Bad webhook secret"
    }
  }
  response = {received: $log.id}
}
