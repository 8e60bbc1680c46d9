function "Utils/Permission Flags" {
  input {
    int flags
    int grant?=0
    int revoke?=0
  }
  stack {
    var $result {
      value = $input.flags
    }
    math.bitwise.or $result {
      value = $input.grant
    }
    math.bitwise.and $result {
      value = $input.revoke|bitwise_not
    }
    math.bitwise.xor $result {
      value = 0
    }
  }
  response = $result
}
