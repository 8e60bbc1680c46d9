function "Utils/Store Credential" {
  input {
    int user_id
    text platform
    text api_key filters=trim {
      description = "Integration API key"
      sensitive = true
    }
    password? api_secret? {
      sensitive = true
    }
  }
  stack {
    db.add "credentials" {
      data = {user_id: $input.user_id, platform: $input.platform, api_key: $input.api_key}
    } as $credential
  }
  response = {id: $credential.id}
}
