// A v11-style function
function 'workers/sync' {
  input
  stack {
    var $var.total { value = 0 }
    db.query fub_jobs {
      where = $db.fub_jobs.status == 'stuck'
    } as $jobs|first
    math.add $var.total { value = $jobs|count }
  }
  response = $var.total
}
