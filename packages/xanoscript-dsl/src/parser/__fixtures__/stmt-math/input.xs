function "Utils/Commission Math" {
  input {
    decimal gross_commission
    decimal split_percent
    int participants?=1
  }
  stack {
    var $net {
      value = $input.gross_commission
    }
    math.mul $net {
      value = $input.split_percent
    }
    math.div $net {
      value = 100
    }
    math.sub $net {
      value = 25
    }
    var $per_head {
      value = $net
    }
    math.div $per_head {
      value = $input.participants
    }
    var $cents {
      value = $net * 100
    }
    math.mod $cents {
      value = 100
    }
    math.add $net {
      value = 0
    }
  }
  response = {net: $net|round:2, per_head: $per_head|round:2, cents: $cents}
}
