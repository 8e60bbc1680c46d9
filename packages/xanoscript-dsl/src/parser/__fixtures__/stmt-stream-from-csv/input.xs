function "Workers/Import CSV to Staging" {
  input {
    file csv_file
    int user_id
  }
  stack {
    storage.read_file_resource {
      value = $input.csv_file
    } as $file
    stream.from_csv {
      value = $file.data
      separator = ","
      enclosure = "\""
      escape_char = "\\"
    } as $rows
    foreach ($rows) {
      each as $row {
        db.add "stage_csv_import" {
          data = {user_id: $input.user_id, row: $row, is_processed: false}
        }
      }
    }
  }
  response = true
}
