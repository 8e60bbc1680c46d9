api_group "Admin" {
  canonical = "aDm1n000"
}
