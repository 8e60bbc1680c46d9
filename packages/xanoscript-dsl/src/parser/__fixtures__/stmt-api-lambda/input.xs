function "Utils/Parse CSV Header" {
  input {
    text csv
  }
  stack {
    api.lambda {
      code = "return $input.csv.split('\\n')[0].split(',');"
      timeout = 10
    } as $columns
  }
  response = $columns
}
