function "Workers/reZEN - Listings Sync" {
  input {
    int user_id
  }
  stack {
    db.query "listing" {
      description = "Listings already synced for the user"
      where = $db.listing.user_id == $input.user_id
      return = {type: "list"}
      mock = {"returns two listings": [{id: 1}, {id: 2}]}
    } as $listings
    var $count {
      value = $listings|count
      mock = {"returns two listings": 2}
    }
  }
  response = $count
  test "returns two listings" {
    input = {user_id: 60}
    expect.to_equal ($response) {
      value = 2
    }
  }
}
