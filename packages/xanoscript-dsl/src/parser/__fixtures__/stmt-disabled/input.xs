function "Workers/FUB - Get Deals" {
  input {
    int user_id
  }
  stack {
    !debug.log {
      value = "starting deals sync"
    }
    function.run "Workers/FUB - Fetch Deals" {
      input = {user_id: $input.user_id}
    } as $deals
    !var $sample {
      value = $deals|get:"data":[]|slice:0:5
    }
    var $deal_rows {
      value = $deals|get:"data":[]
    }
    !conditional {
      if (($deal_rows|count) == 0) {
        return {
          value = {success: true, skipped: true, message: "No deals"}
        }
      }
    }
    !foreach ($deal_rows) {
      each as $deal {
        debug.log {
          value = $deal.id
        }
      }
    }
  }
  response = $deals
}
