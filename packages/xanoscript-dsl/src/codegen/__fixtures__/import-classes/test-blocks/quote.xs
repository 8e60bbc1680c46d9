// Prices an order line; the tests pin the rounding and the refusal of empty lines.
function "orders/quote" {
  input {
    text sku
    int quantity
    decimal unit_price
    text coupon?
  }
  stack {
    precondition ($input.quantity > 0) {
      error_type = "inputerror"
      error = "quantity must be positive"
    }
    var $total {
      value = ($input.quantity * $input.unit_price)|round:2
    }
  }
  response = {sku: $input.sku, total: $total, lines: [{sku: $input.sku, quantity: $input.quantity}]}
  test "prices two units" {
    input = {sku: "A-1", quantity: 2, unit_price: 1.25}
    expect.to_equal ($response.total) {
      value = 2.5
    }
    expect.to_equal ($response.lines[0].quantity) {
      value = 2
    }
    expect.to_be_defined ($response.sku)
    expect.to_be_within ($response.total) {
      min = 2
      max = 3
    }
  }
  test "refuses zero units" {
    input = {sku: "A-1", quantity: 0, unit_price: 1}
    expect.to_throw {
      exception = "quantity must be positive"
    }
  }
  test "leaves the coupon out" {
    datasource = "test"
    input = {sku: "B-2", quantity: 1, unit_price: 3}
    expect.to_not_be_null ($response)
    !expect.to_be_greater_than ($response.total) {
      value = 10
    }
  }
}
