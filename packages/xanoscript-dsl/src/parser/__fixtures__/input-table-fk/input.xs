function "Workers/Assign Transaction Owner" {
  input {
    int transaction_id {
      table = "transaction"
    }
    int agent_id {
      table = "agent"
      description = "The new owner agent"
    }
    int? team_id? {
      table = "team"
    }
  }
  stack {
    db.patch "transaction" {
      field_name = "id"
      field_value = $input.transaction_id
      data = {transaction_owner_agent_id: $input.agent_id, team_id: $input.team_id}
    } as $transaction
  }
  response = $transaction
}
