query "jobs/kick" verb=POST {
  api_group = "Jobs"
  input {
    int job_id
  }
  stack {
    util.post_process {
      stack {
        function.run "Workers/FUB - Onboard" {
          input = {job_id: $input.job_id}
        } as $run
      }
    }
  }
  response = {queued: true}
}
