function "Utils/Merge Settings" {
  input {
    json overrides?={}
    json defaults?=[]
  }
  stack {
    var $settings {
      value = $input.defaults|merge:$input.overrides
    }
  }
  response = $settings
}
