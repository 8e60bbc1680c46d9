function "Workers/SkySlope - Check Response" {
  input {
    json response
  }
  stack {
    var $status {
      value = $input.response|get:"status":0
    }
    conditional {
      if ($status >= 500) {
        throw {
          name = "SkySlopeUnavailable"
          value = ($status|to_text) ~ " from SkySlope"
        }
      }
    }
    conditional {
      if ($status == 401) {
        throw {
          name = "SkySlopeAuthError"
          value = "The SkySlope token was rejected"
        }
      }
    }
  }
  response = $status
}
