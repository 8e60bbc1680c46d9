addon "transaction_participant_count" {
  description = "Number of participants on a transaction"
  tags = ["transactions"]
  input {
    int transaction_id
  }
  stack {
    db.query "participant" {
      where = $db.participant.transaction_id == $input.transaction_id
      return = {type: "count"}
    }
  }
}
