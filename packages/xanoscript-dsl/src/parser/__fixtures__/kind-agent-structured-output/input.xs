agent "Error Classifier" {
  canonical = "error-classifier-v1"
  description = "Classifies error logs messages into a cause bucket"
  llm = {
    type: "openai",
    api_key: "{{ $env.OPENAI_API_KEY }}",
    model: "gpt-5-mini",
    system_prompt: "Classify the error message from a data sync worker.",
    prompt: "{{ $args.message }}",
    max_steps: 1,
    temperature: 0,
    reasoning_effort: "low"
  }
  tools = []
  output {
    enum cause {
      values = ["missing_param", "missing_var", "timeout", "auth", "other"]
    }
    decimal confidence filters=min:0|max:1
    text reasoning?
  }
}
