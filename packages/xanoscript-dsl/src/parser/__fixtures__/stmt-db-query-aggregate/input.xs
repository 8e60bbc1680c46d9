function "Workers/Income by Type" {
  input {
    int user_id
  }
  stack {
    db.query "income" {
      where = $db.income.user_id == $input.user_id
      return = {
        type: "aggregate",
        group: {income_type: $db.income.income_type},
        eval: {total: $db.income.amount|sum}
      }
    } as $by_type
  }
  response = $by_type
}
