api_group "members" {
  canonical = "mbr1"
}
