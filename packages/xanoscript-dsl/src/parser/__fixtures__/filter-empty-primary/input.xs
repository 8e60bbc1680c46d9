function "Utils/Generated Arrays" {
  input {
    int pages
  }
  stack {
    var $page_numbers {
      value = |range:1:$input.pages
    }
    var $placeholders {
      value = |fill:5:"pending"
    }
  }
  response = {page_numbers: $page_numbers, placeholders: $placeholders}
}
