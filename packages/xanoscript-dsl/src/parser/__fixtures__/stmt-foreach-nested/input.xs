function "Workers/reZEN - Load Participants" {
  input {
    json transactions
  }
  stack {
    var $rows {
      value = []
    }
    foreach ($input.transactions) {
      each as $txn {
        foreach ($txn|get:"participants":[]) {
          each as $p {
            array.push $rows {
              value = {
                transaction_id_raw: $txn.id,
                role: $p|get:"role":"unknown",
                commission_split: $p|get:"split":0,
                is_real_agent: $p|get:"agentId":null|is_null|not
              }
            }
          }
        }
      }
    }
  }
  response = $rows
}
