table "order" {
  auth = false
  schema {
    int id
    timestamp created_at?=now
    int customer_id
    text status?="new"
    decimal total?
    text[] tags?
  }
}
