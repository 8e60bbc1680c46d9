function "Utils/Default Page Size" {
  input {
    int? per_page?
  }
  stack {
    var $page_size {
      description = "Falls back to 100 when the caller sends nothing"
      value = $input.per_page|first_notnull:100
    }
    var $legacy_size {
      description = "Kept for comparison with V1"
      disabled = true
      value = 50
    }
  }
  response = $page_size
}
