function "Workers/Email Pipeline Alert" {
  input {
    text subject
    text body
  }
  stack {
    util.send_email {
      service_provider = "resend"
      api_key = $env.RESEND_API_KEY
      to = "ops@example.com"
      from = "alerts@example.com"
      subject = $input.subject
      message = $input.body
    } as $sent
  }
  response = $sent
}
