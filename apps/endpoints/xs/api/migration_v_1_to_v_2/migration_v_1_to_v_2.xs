api_group "Migration: V1 to V2" {
  canonical = "Lrekz_3S"
  description = "V1 to V2 migration: health checks, comparisons and one-off repairs."
  tags = ["migration"]
}
