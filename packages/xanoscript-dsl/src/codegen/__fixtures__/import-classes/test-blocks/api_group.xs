api_group "orders" {
  canonical = "ord_v1"
}
