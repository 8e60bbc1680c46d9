function "Utils/Crypto Filters" {
  input {
    text body
  }
  stack {
    var $digest {
      value = $input.body|sha256
    }
    var $signature {
      value = $input.body|hmac_sha256:$env.FUB_WEBHOOK_SECRET
    }
    var $md5 {
      value = $input.body|md5
    }
    var $public_id {
      value = 123|secureid_encode:"transactions"
    }
  }
  response = {digest: $digest, signature: $signature, md5: $md5, public_id: $public_id}
}
