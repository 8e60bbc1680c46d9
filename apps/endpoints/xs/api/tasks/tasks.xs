api_group "TASKS" {
  canonical = "4psV7fp6"
  description = "Test endpoints that run one task function each and answer its result."
  tags = ["tasks"]
}
