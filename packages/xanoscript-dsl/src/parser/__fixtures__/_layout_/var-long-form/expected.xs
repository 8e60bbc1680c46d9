function "Utils/Long Form Vars" {
  input {
    int user_id
  }
  stack {
    var $total {
      value = 0
    }
    db.query "transaction" {
      where = $db.transaction.user_id == $input.user_id
    } as $rows
    math.add $total {
      value = $rows|count
    }
  }
  response = $total
}
