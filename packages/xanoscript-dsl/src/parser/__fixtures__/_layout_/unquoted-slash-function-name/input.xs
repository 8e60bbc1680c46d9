function Workers/metrics_snapshot {
  input {
  }
  stack {
  }
  response = null
}
