function "Utils/Normalize Phone" {
  description = "Strips punctuation from a phone number and prefixes the country code"
  docs = "Used by the FUB and reZEN people transforms before upserting contact rows."
  tags = ["utils", "contacts"]
  history = 100
  cache = {ttl: 3600, input: true, auth: false, datasource: true, ip: false}
  middleware = {pre: [{name: "Utils/Request Logger", active: true, required: false}]}
  input {
    text phone filters=trim
    text country_code?="1"
  }
  stack {
    var $digits {
      value = $input.phone|regex_replace:"[^0-9]":""
    }
    conditional {
      if (($digits|strlen) == 10) {
        var.update $digits {
          value = $input.country_code ~ $digits
        }
      }
    }
  }
  response = "+" ~ $digits
  test "formats a ten digit number" {
    input = {phone: "(555) 010-2000"}
    expect.to_equal ($response) {
      value = "+15550102000"
    }
  }
}
