function "Workers/Search Listings" {
  input {
    int user_id
    text? search?
  }
  stack {
    db.query "listing" {
      where = $db.listing.user_id == $input.user_id
      additional_where = $db.listing.mls_number ==? $input.search
      override_sort = true
      return = {type: "list"}
    } as $listings
  }
  response = $listings
}
