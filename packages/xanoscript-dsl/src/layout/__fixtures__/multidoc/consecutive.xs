table "log" {
  schema {
    int id
  }
}

function "Log/Write" {
  input {
  }
  stack {
  }
  response = null
}
