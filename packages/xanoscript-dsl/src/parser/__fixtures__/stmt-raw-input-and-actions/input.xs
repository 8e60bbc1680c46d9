query "webhooks/fub" verb=POST {
  api_group = "Webhooks"
  input {
  }
  stack {
    util.get_raw_input {
      encoding = "json"
      exclude_middleware = false
    } as $raw
    action.call "" {
      package = "hubspot"
      value = "create_contact"
      input = {email: $raw|get:"email":""}
    } as $contact
    placeholder "mvp:crypto_jwe_decode"
  }
  response = $contact
}
