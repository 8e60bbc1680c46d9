function "Utils/Get Person" {
  input {
    int user_id { description = "The V2 user id" }
    text? source? { description = "FUB source", sensitive = false }
    enum stage { values = ["Lead", "Prospect", "Client"] }
    int agent_id { table = "agent" }
  }
  stack {
    db.get "fub_people" {
      field_name = "user_id"
      field_value = $input.user_id
    } as $person
  }
  response = $person
}
