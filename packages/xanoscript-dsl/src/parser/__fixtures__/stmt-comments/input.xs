function "Tasks/FUB - Onboarding People Worker 1" {
  description = "Loops over FUB credentials and calls the lambda coordinator for people"
  input {
  }
  stack {
    // Only FUB credentials are relevant here
    db.query "credentials" {
      where = $db.credentials.platform == "FUB"
    } as $creds
    // One coordinator call per credential
    foreach ($creds) {
      each as $cred {
        // The coordinator expects ad_user_id, not user_id
        function.run "Workers/FUB - Lambda Coordinator" {
          input = {ad_user_id: $cred.user_id, endpoint_type: "people"}
        }
      }
    }
    //no space after the slashes is kept as written
  }
  response = {credentials: $creds|count}
}
