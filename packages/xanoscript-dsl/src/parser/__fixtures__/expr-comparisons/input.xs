function "Utils/Compare Counts" {
  input {
    int v1_count
    int v2_count
    text v1_label
    text v2_label
  }
  stack {
    var $checks {
      value = {
        equal: $input.v1_count == $input.v2_count,
        not_equal: $input.v1_count != $input.v2_count,
        strict_equal: $input.v1_label === $input.v2_label,
        strict_not_equal: $input.v1_label !== $input.v2_label,
        v2_more: $input.v2_count > $input.v1_count,
        v2_at_least: $input.v2_count >= $input.v1_count,
        v2_less: $input.v2_count < $input.v1_count,
        v2_at_most: $input.v2_count <= $input.v1_count
      }
    }
  }
  response = $checks
}
