api_group "SYSTEM" {
  canonical = "LIdBL1AN"
  description = "Table counts and pipeline status for the validation suites and the health check."
  tags = ["system"]
}
