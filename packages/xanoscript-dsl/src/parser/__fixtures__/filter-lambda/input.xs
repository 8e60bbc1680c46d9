function "Utils/Lambda Filters" {
  input {
    json rows
  }
  stack {
    var $doubled {
      value = $input.rows|lambda_map:"return $this.amount * 2;"
    }
    var $total {
      value = $input.rows|lambda_reduce:0:"return $result + $this.amount;"
    }
  }
  response = {doubled: $doubled, total: $total}
}
