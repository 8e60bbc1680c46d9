function "Utils/Nullable Object" {
  input {
    object? meta {
      schema {
        text source
      }
    }
  }
  stack {
  }
  response = $input.meta
}
