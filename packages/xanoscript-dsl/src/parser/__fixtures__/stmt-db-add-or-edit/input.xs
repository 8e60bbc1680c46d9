function "Workers/FUB - Upsert Person" {
  input {
    int user_id
    json person
  }
  stack {
    db.add_or_edit "fub_people" {
      field_name = "fub_people_id"
      field_value = $input.person.id
      data = {
        fub_people_id: $input.person.id,
        first_name: $input.person|get:"firstName":"",
        last_name: $input.person|get:"lastName":"",
        stage_name: $input.person|get:"stage":null,
        source: $input.person|get:"source":null,
        tags: $input.person|get:"tags":[],
        user_id: $input.user_id
      }
    } as $row
  }
  response = $row
}
