function "Utils/Get Transaction Card" {
  input {
    int transaction_id
  }
  stack {
    db.get "transaction" {
      description = "Card view with participant count"
      field_name = "id"
      field_value = $input.transaction_id
      output = ["id", "status", "stage", "sale_price", "closing_date"]
      addon = [
        {
          name: "transaction_participant_count",
          input: {transaction_id: $output.id},
          as: "participant_count"
        }
      ]
    } as $card
  }
  response = $card
}
