function "Workers/Render Daily Digest" {
  input {
    json counts
  }
  stack {
    util.template_engine {
      value = "Daily sync: {{ counts.passed }}/{{ counts.total }} steps passed"
    } as $message
  }
  response = $message
}
