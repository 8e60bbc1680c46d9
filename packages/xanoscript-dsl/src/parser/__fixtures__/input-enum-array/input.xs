function "Workers/Queue Entities" {
  input {
    int user_id
    enum[] entities {
      values = ["people", "calls", "events", "deals", "appointments", "textMessages"]
    }
    enum[1:3] priorities? {
      values = ["low", "normal", "high"]
    }
  }
  stack {
    foreach ($input.entities) {
      each as $entity {
        function.run "Workers/FUB - Lambda Coordinator" {
          input = {ad_user_id: $input.user_id, endpoint_type: $entity}
        }
      }
    }
  }
  response = $input.entities|count
}
