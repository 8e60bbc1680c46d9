api_group "WORKERS" {
  canonical = "4UsTtl3m"
  description = "Test endpoints that run one worker function each and answer its result."
  tags = ["workers"]
}
