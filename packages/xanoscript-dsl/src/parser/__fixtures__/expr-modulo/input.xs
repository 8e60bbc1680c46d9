function "Utils/Batch Boundaries" {
  input {
    int index
    int batch_size?=100
  }
  stack {
    var $is_boundary {
      value = ($input.index % $input.batch_size) == 0
    }
    var $position {
      value = $input.index % $input.batch_size
    }
  }
  response = {is_boundary: $is_boundary, position: $position}
}
