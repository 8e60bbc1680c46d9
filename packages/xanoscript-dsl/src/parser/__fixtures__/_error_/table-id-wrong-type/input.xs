table "job_status" {
  schema {
    text id
    text name
  }
}
