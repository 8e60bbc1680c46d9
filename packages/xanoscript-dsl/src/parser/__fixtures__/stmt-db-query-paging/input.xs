query "fub/people" verb=GET {
  api_group = "Frontend API v2"
  auth = "user"
  input {
    int page?=1 filters=min:1
    int per_page?=25 filters=min:1|max:100
  }
  stack {
    db.query "fub_people" {
      where = $db.fub_people.user_id == $auth.id
      sort = {last_name: "asc", first_name: "asc"}
      return = {
        type: "list",
        paging: {page: $input.page, per_page: $input.per_page, totals: true, metadata: true}
      }
    } as $people
  }
  response = $people
}
