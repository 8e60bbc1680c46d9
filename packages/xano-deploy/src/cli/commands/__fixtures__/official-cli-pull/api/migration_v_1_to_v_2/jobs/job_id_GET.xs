query "jobs/{job_id}" verb=GET {
  api_group = "Migration: V1 to V2"
  input {
    int job_id
  }
  stack {
  }
  response = $input.job_id
  guid = "Gh1Jk2Lz3Xc4Vb5Nm6Qw7Er8Ty9u"
}