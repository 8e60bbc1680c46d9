function "Sync/Copy Rows" {
  input {
    json rows
  }
  stack {
    db.bulk.add "stage_fub_people" {
      allow_id_field = false
      items = $input.rows
    }
    db.bulk.patch "stage_fub_people" {
      items = $input.rows
    }
  }
  response = null
}
