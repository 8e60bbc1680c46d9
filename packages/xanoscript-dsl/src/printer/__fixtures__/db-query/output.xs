function "Workers/Transactions - Dashboard" {
  input {
    int user_id
    decimal min_price?=0
    int page?=1
  }
  stack {
    db.query "transaction" as $all_transactions
    db.query "transaction" {
      where = ($db.transaction.user_id == $input.user_id) && ($db.transaction.sale_price >= $input.min_price) && (($db.transaction.closed == false) || ($db.transaction.closing_date == null))
      sort = {created_at: "desc", sale_price: "asc"}
      output = ["id", "status", "sale_price", "closing_date"]
      return = {type: "list", paging: {page: $input.page, per_page: 25, totals: true}}
    } as $recent_page
    db.query "transaction" {
      where = $db.transaction.user_id == $input.user_id
      sort = {created_at: "desc"}
      return = {type: "single"}
    } as $latest
    db.query "transaction" {
      where = ($db.transaction.user_id == $input.user_id) && ($db.transaction.lifecycle_state == "open")
      return = {type: "count"}
    } as $open_count
    db.query "transaction" {
      where = ($db.transaction.user_id == $input.user_id) && ($db.transaction.sync_source == "skyslope")
      return = {type: "exists"}
    } as $has_skyslope
  }
  response = {
    total: $all_transactions|count,
    page: $recent_page,
    latest_status: $latest|get:"status":"",
    open_count: $open_count,
    has_skyslope: $has_skyslope
  }
}
