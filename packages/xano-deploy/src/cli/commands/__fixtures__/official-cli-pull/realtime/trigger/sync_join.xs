realtime_trigger "sync join" {
  channel = "sync:*"
  actions = {join: true, message: false}
  input {
    json payload
  }
  stack {
  }
  response = null
  guid = "Rt1Cc2Xx3Zz4Aa5Ss6Dd7Ff8Gg9h"
}