function "Utils/Slug" {
  input {
    text title
  }
  stack {
    var $slug {
      value = $input.title|trim|!unaccent|to_lower|regex_replace:"[^a-z0-9]+":"-"|!substr:0:60
    }
  }
  response = $slug
}
