query "import/csv" verb=POST {
  api_group = "MCP: Seeding"
  auth = "user"
  input {
    file csv_file {
      description = "A CSV export from V1"
    }
    file? attachment?
    file[] extra_files?
  }
  stack {
    storage.create_attachment {
      value = $input.csv_file
      filename = "import.csv"
      access = "private"
    } as $stored
    function.run "Workers/Import CSV to Staging" {
      input = {csv_file: $input.csv_file, user_id: $auth.id}
    }
  }
  response = {stored: $stored.path}
}
