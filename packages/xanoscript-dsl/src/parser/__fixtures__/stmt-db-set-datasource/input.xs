function "Seeding/Use Test Datasource" {
  input {
  }
  stack {
    db.set_datasource {
      value = "test"
    }
    db.query "user" {
      return = {type: "count"}
    } as $users
  }
  response = $users
}
