table "job_status" {
  schema {
    int id
    text name
    text status?="idle"
  }
}
