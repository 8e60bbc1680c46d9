function "Workers/FUB - Get People" {
  input {
    int user_id
  }
  stack {
    var $people {
      value = []
      value = null
    }
    expect.to_be_defined ($people)
    var $n {
      value = $people|size
    }
  }
  response = $n
}
