function "f" {
  input {
  }
  stack {
    api.call "users" verb=GET {
      api_group = "x"
    } as $r
    expect.to_equal ($r) {
      value = 1
    }
  }
  response = $r
}
