function "Workers/FUB - Page Through Calls" {
  input {
    int user_id
    int pages?=5
  }
  stack {
    var $fetched {
      value = 0
    }
    for ($input.pages) {
      each as $page {
        function.run "Workers/FUB - Get Calls" {
          input = {user_id: $input.user_id, offset: $page * 100, limit: 100}
        } as $batch
        math.add $fetched {
          value = $batch|get:"data":({})|get:"count":0
        }
      }
    }
  }
  response = $fetched
}
