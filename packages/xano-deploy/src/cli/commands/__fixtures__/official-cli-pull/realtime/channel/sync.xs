realtime_channel "sync:*" {
  active = true
  guid = "Rc1Vv2Bb3Nn4Mm5Ll6Kk7Jj8Hh9g"
}