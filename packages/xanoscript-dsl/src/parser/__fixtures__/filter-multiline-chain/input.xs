function "Utils/Chained Transform" {
  input {
    json rows
  }
  stack {
    var $ids {
      value = $input.rows|filter:($$.is_processed == false)|map:$$.id|unique|sort|slice:0:500
    }
  }
  response = $ids
}
