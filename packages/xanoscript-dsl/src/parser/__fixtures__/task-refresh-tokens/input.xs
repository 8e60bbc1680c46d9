task "Refresh Tokens" {
  description = "Refreshes expiring integration tokens every hour"
  active = true
  tags = ["auth", "hourly"]
  stack {
    var $cutoff {
      value = now|add_secs_to_timestamp:7200
    }
    db.query "credentials" {
      where = $db.credentials.expires_at < $cutoff
    } as $expiring
    foreach ($expiring) {
      each as $cred {
        try_catch {
          try {
            function.run "Workers/Refresh Credential" {
              input = {credential_id: $cred.id}
            }
          }
          catch {
            db.add "error logs" {
              data = {
                function_name: "Refresh Tokens",
                message: $error|get:"message":"refresh failed",
                user_id: $cred.user_id
              }
            }
          }
        }
      }
    }
  }
  schedule = [{starts_on: 2025-12-01 00:00:00+0000, freq: 3600}]
}
