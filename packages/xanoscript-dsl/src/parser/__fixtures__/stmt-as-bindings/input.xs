function "Utils/Binding Shapes" {
  input {
    int user_id
  }
  stack {
    var $out {
      value = {}
    }
    db.query "transaction" {
      where = $db.transaction.user_id == $input.user_id
    } as $out.transactions
    db.query "listing" {
      where = $db.listing.user_id == $input.user_id
    } as $out.listings
    db.query "fub_sync_jobs" {
      where = $db.fub_sync_jobs.user_id == $input.user_id
      sort = {created_at: "desc"}
    } as $latest_job|first
    security.create_uuid as $request_id
  }
  response = {request_id: $request_id, out: $out, latest_job: $latest_job}
}
