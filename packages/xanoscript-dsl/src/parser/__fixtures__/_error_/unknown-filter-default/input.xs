function "Utils/Default Filter" {
  input {
    int? page?
  }
  stack {
    var $page {
      value = $input.page|default:1
    }
  }
  response = $page
}
