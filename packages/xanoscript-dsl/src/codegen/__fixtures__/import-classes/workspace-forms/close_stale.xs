// Hourly: closes the two oldest open tickets; keeps the history its workspace sets.
task "close_stale" {
  stack {
    db.query "ticket" {
      where = $db.ticket.closed == false
      sort = {created_at: "asc"}
      return = {type: "list", paging: {page: 1, per_page: 2, metadata: false}}
    } as $stale

    foreach ($stale) {
      each as $t {
        db.patch "ticket" {
          field_name = "id"
          field_value = $t.id
          data = {closed: true}
        }
      }
    }
  }

  schedule = [{starts_on: 2026-01-05 00:00:00+0000, freq: 3600}]
  history = "inherit"
}
