api_group "Migration: V1 to V2" {
  canonical = "Lrekz_3S"
  guid = "Lp9Ok8Ij7Uh6Yg5Tf4Rd3Es2Wa1q"
}