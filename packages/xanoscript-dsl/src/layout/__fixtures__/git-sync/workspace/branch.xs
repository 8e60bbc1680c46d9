branch "v1" {
  color = "#fff3cd"
}
