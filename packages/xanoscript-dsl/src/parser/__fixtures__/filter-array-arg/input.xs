function "Utils/Array Arguments" {
  input {
    text[] tags
    text extra
  }
  stack {
    var $merged {
      value = $input.tags|merge:[$input.extra]
    }
    var $without {
      value = $merged|diff:["archived", "trash"]
    }
    var $common {
      value = $merged|intersect:["buyer", "seller", "investor"]
    }
    var $allowed {
      value = $input.extra|in:["buyer", "seller"]
    }
  }
  response = {merged: $merged, without: $without, common: $common, allowed: $allowed}
}
