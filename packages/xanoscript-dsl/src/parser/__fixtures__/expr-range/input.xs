function "Utils/Page Numbers" {
  input {
    int last_page
  }
  stack {
    var $pages {
      value = (1..$input.last_page)
    }
    var $first_five {
      value = (1..5)
    }
  }
  response = {pages: $pages, first_five: $first_five}
}
