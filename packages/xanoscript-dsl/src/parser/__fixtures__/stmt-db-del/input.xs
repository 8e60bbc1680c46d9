function "Seeding/Clear User Data" {
  input {
    int user_id
  }
  stack {
    db.query "fub_people" {
      where = $db.fub_people.user_id == $input.user_id
      output = ["id"]
    } as $people
    foreach ($people) {
      each as $person {
        db.del "fub_people" {
          field_name = "id"
          field_value = $person.id
        }
      }
    }
  }
  response = {deleted: $people|count}
}
