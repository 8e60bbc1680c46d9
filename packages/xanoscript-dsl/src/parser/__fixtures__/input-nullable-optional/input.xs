function "Utils/Nullable And Optional" {
  input {
    text required_text
    text? nullable_text
    text optional_text?
    text? nullable_optional_text?
    int? nullable_int?=0
    timestamp? started?
  }
  stack {
  }
  response = {
    nullable: $input.nullable_text,
    optional: $input.optional_text|first_notnull:"",
    both: $input.nullable_optional_text
  }
}
