function "Utils/Format Agent Name" {
  description = "Builds the display name Follow Up Boss shows for an agent."
  tags = ["fub", "utils"]
  input {
    text first_name
    text last_name
    bool last_first?=false
  }
  stack {
    var $first {
      value = $input.first_name|trim
    }
    var $last {
      value = $input.last_name|trim
    }
  }
  response = $input.last_first ? ($last ~ ", " ~ $first) : ($first ~ " " ~ $last)
}
