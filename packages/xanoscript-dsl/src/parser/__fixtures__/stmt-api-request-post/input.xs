function "Workers/Utility - Slack Webhook" {
  input {
    text text
    text? channel?
  }
  stack {
    api.request {
      url = $env.SLACK_WEBHOOK_URL
      method = "POST"
      params = {text: $input.text, channel: $input.channel|first_notempty:"#v2-alerts"}
      headers = ["Content-Type: application/json"]
      timeout = 10
    } as $slack
  }
  response = {sent: $slack.response.status == 200}
}
