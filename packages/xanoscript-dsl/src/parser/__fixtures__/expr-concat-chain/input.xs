function "Utils/Describe Sync Step" {
  input {
    text integration
    text step
    int records
  }
  stack {
    var $line {
      value = "[" ~ $input.integration ~ "] " ~ $input.step ~ ": " ~ $input.records ~ " records"
    }
    var $with_count {
      value = "Cleaned " ~ ($input.records|to_text) ~ " rows"
    }
    var $with_math {
      value = "Next offset " ~ ($input.records + 100)
    }
  }
  response = $line ~ " / " ~ $with_count ~ " / " ~ $with_math
}
