api_group "first test" {
  canonical = "_Pj7kiRm"
}
