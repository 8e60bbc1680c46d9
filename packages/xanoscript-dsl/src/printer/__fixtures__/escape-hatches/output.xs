function "Workers/FUB - Rate Limited Fetch" {
  input {
    int user_id
    json webhook
  }
  stack {
    redis.ratelimit {
      key = "fub:" ~ $input.user_id
      max = 10
      ttl = 60
      error = "FUB rate limit"
    }
    var $cache_key {
      value = "fub:" ~ ($input.user_id|to_text)
    }
    var $encoded_key {
      value = $cache_key|url_encode
    }
    var $signature {
      value = $input.webhook|json_encode|hmac_sha256:$env.FUB_WEBHOOK_SECRET
    }
    var $event_id {
      value = $input.webhook.data.event.id
    }
    var $api_base {
      value = $env.FUB_API_BASE
    }
  }
  response = {
    encoded: $encoded_key,
    sig: $signature,
    event_id: $event_id,
    retries: $input.webhook.meta.retries,
    api_base: $api_base
  }
}
