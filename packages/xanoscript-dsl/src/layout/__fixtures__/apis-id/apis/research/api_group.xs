api_group "Research" {
  canonical = "AJ25XedL"
}
