function "Workers/Mirror Listing Photos" {
  input {
    text path
  }
  stack {
    cloud.google.storage.read_file {
      service_account = $env.GCS_SERVICE_ACCOUNT
      bucket = "listing-photos"
      filePath = $input.path
    } as $photo
    cloud.azure.storage.upload_file {
      account_name = "v2photos"
      account_key = $env.AZURE_STORAGE_KEY
      container_name = "listing-photos"
      filePath = $input.path
      file = $photo
    }
    cloud.elasticsearch.document {
      auth_type = "API Key"
      key_id = $env.ES_KEY_ID
      access_key = $env.ES_ACCESS_KEY
      base_url = "https://search.example.com"
      index = "listing_photos"
      method = "PUT"
      doc_id = $input.path
      doc = {path: $input.path, copied_at: now}
    } as $indexed
    cloud.algolia.request {
      application_id = $env.ALGOLIA_APP_ID
      api_key = $env.ALGOLIA_API_KEY
      url = "/1/indexes/listings/query"
      method = "POST"
      payload = {query: $input.path}
    } as $search
  }
  response = {indexed: $indexed, hits: $search|get:"hits":[]}
}
