query "orders/status" verb=GET {
  api_group = "orders"
  input {
    int order_id
  }
  stack {
    var $status {
      value = $input.order_id > 100 ? "shipped" : "open"
    }
  }
  response = {order_id: $input.order_id, status: $status}
  test "an old order is shipped" {
    input = {order_id: 101}
    expect.to_equal ($response.status) {
      value = "shipped"
    }
    expect.to_be_true ($response.order_id > 100)
  }
}
