api_group "Migration: V1 to V2" {
  canonical = "Lrekz_3S"
  description = "Migration tooling: pipeline health, comparisons and one-off repairs"
  active = true
  swagger = {active: false}
  tags = ["migration"]
}
