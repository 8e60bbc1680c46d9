function "Workers/FUB - Get People" {
  description = "Fetches one page of FUB people for a user, transforms it and upserts the rows"
  tags = ["fub", "workers"]
  input {
    int user_id
    int offset?=0
    int limit?=100
  }
  stack {
    function.run "Workers/FUB - Get People - Transform" {
      input = {user_id: $input.user_id, offset: $input.offset, limit: $input.limit}
    } as $transform_result
    var $people {
      value = $transform_result.people
    }
    function.run "Workers/FUB - Upsert People" {
      input = {user_id: $input.user_id, people: $people}
    } as $upsert_result
  }
  response = {
    success: true,
    data: {people_count: $people|count, upserted: $upsert_result},
    error: null,
    step: "complete"
  }
}
