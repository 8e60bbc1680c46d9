function "Utils/Known Fields" {
  input {
    json payload
    json allowed
  }
  stack {
    var $picked {
      value = `\`$input.payload|pick:($input.allowed|keys)\`|filter_null`
    }
  }
  response = $picked
}
