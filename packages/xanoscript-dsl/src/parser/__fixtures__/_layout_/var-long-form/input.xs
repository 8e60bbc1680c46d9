function "Utils/Long Form Vars" {
  input {
    int user_id
  }
  stack {
    var $var.total {
      value = 0
    }
    db.query "transaction" {
      where = $db.transaction.user_id == $input.user_id
    } as $var.rows
    math.add $var.total {
      value = $var.rows|count
    }
  }
  response = $var.total
}
