function "Utils/Job Lookups" {
  input {
    json jobs
  }
  stack {
    array.find ($input.jobs) if ($this.status == "In Process") as $first_stuck
    array.find_index ($input.jobs) if ($this.started == null) as $stuck_index
    array.has ($input.jobs) if ($this.status == "New") as $has_new
    array.every ($input.jobs) if ($this.status == "Complete") as $all_done
    array.filter ($input.jobs) if ($this.status != "Complete") as $open_jobs
    array.filter_count ($input.jobs) if ($this.status == "New") as $new_count
  }
  response = {
    first_stuck: $first_stuck,
    stuck_index: $stuck_index,
    has_new: $has_new,
    all_done: $all_done,
    open_jobs: $open_jobs,
    new_count: $new_count
  }
}
