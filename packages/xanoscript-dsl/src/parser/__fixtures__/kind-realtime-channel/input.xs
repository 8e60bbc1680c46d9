realtime_channel "sync:*" {
  description = "Per-user sync progress updates"
  active = true
  public_messaging = {active: false, auth: true}
  private_messaging = {active: true, auth: true}
  settings = {
    anonymous_clients: false,
    nested_channels: true,
    message_history: 25,
    auth_channel: true,
    presence: false
  }
}
