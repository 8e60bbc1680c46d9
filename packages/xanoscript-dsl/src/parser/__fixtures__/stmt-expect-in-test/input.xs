function "Utils/Status Bucket" {
  input {
    text status
  }
  stack {
    var $bucket {
      value = (($input.status|to_lower) == "complete") ? "completed" : "open"
    }
  }
  response = {
    bucket: $bucket,
    is_complete: $bucket == "completed",
    at: now,
    raw: $input.status
  }
  test "complete maps to completed" {
    input = {status: "Complete"}
    expect.to_equal ($response.bucket) {
      value = "completed"
    }
    expect.to_not_equal ($response.bucket) {
      value = "open"
    }
    expect.to_start_with ($response.bucket) {
      value = "comp"
    }
    expect.to_end_with ($response.bucket) {
      value = "ted"
    }
    expect.to_contain ($response.raw) {
      value = "plete"
    }
    expect.to_match ($response.bucket) {
      value = "^[a-z]+$"
    }
    expect.to_be_in_the_past ($response.at)
    expect.to_be_defined ($response)
  }
  test "other statuses are open" {
    input = {status: "In Process"}
    expect.to_equal ($response.bucket) {
      value = "open"
    }
    expect.to_not_be_null ($response.raw)
    expect.to_be_false ($response.is_complete)
  }
}
