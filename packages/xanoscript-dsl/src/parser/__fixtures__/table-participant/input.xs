table "participant" {
  schema {
    int id
    int transaction_id {
      table = "transaction"
    }
    int? agent_id? {
      table = "agent"
    }
    text role
    decimal commission_split?=0
    bool paid?=false
    bool is_real_agent?=true
    object payout? {
      schema {
        decimal amount
        date? paid_on?
      }
    }
  }
}
