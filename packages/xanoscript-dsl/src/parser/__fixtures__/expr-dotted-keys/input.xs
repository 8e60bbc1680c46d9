query "events/recent" verb=GET {
  api_group = "Events"
  input {
  }
  stack {
    db.query "event_log" {
      join = {user: {table: "user", where: $db.event_log.user_id == $db.user.id}}
      sort = {event_log.created_at: "desc", user.name: "asc"}
      return = {type: "list", paging: {page: 1, per_page: 25}}
    } as $events
  }
  response = $events
}
