api_group "Migration: V1 to V2" {
  canonical = "Lrekz_3S"
}
