function "Alerts/Mail Owner" {
  input {
    text subject
    text body
  }
  stack {
    util.send_email {
      service_provider = "xano"
      subject = $input.subject
      message = $input.body
    } as $sent
  }
  response = $sent
}
