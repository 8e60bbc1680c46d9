api_group "support" {
  canonical = "support-api"
}
