branch "v2-dev" {
  description = "Development branch for migration work"
  color = "#3b82f6"
}
