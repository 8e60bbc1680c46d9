function "Utils/Job Queue Ops" {
  input {
    json queue
  }
  stack {
    var $queue {
      value = $input.queue
    }
    array.push $queue {
      value = {endpoint_type: "calls", process_status: "pending"}
    }
    array.unshift $queue {
      value = {endpoint_type: "people", process_status: "pending"}
    }
    array.shift $queue as $first_job
    array.pop $queue as $last_job
  }
  response = {first: $first_job, last: $last_job, remaining: $queue|count}
}
