api_group "MCP: Workers" {
  canonical = "4UsTtl3m"
  description = "Test endpoints that run single Workers/ functions for validation"
  docs = "Each endpoint is named /test-function-<id>-<slug>."
  active = true
  swagger = {active: true, token: "workers-docs"}
  cors = {origins: ["https://admin.example.com"], methods: ["GET", "POST"]}
  tags = ["mcp", "workers"]
  history = 1000
}
