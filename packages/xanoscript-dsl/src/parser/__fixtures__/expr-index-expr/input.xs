function "Utils/Dedupe Sorted Ids" {
  input {
    int[] ids
  }
  stack {
    var $sorted {
      value = $input.ids|sort
    }
    var $unique {
      value = []
    }
    for ($sorted|count) {
      each as $i {
        conditional {
          if (($i == 0) || ($sorted[$i] != $sorted[$i - 1])) {
            array.push $unique {
              value = $sorted[$i]
            }
          }
        }
      }
    }
    var $first {
      value = $sorted[0]
    }
    var $last {
      value = $sorted[($sorted|count) - 1]
    }
  }
  response = {unique: $unique, first: $first, last: $last}
}
