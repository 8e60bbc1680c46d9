query "transactions/search" verb=GET {
  api_group = "Frontend API v2"
  auth = "user"
  input {
    int page?=1
    int per_page?=25
    text sort?="closing_date"
    bool include_closed?=true
    bool include_terminated?=false
    decimal min_price?=0.0
    timestamp since?=now
    text? stage?
    int offset?=-1
  }
  stack {
    db.query "transaction" {
      where = ($db.transaction.user_id == $auth.id) && ($db.transaction.stage ==? $input.stage)
      return = {type: "list", paging: {page: $input.page, per_page: $input.per_page}}
    } as $results
  }
  response = $results
}
