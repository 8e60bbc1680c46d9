function "System/All Brokerages" {
  input {
  }
  stack {
    db.query "brokerage" as $brokerages
    db.query "office" as $offices
  }
  response = {brokerages: $brokerages, offices: $offices}
}
