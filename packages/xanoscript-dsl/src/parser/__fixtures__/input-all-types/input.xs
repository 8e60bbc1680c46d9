function "Utils/Echo All Types" {
  input {
    int count
    decimal amount
    text name
    bool active
    timestamp seen_at
    date closing_date
    email contact
    password secret
    uuid request_id
    json payload
    vector embedding
    image photo
    video walkthrough
    audio voicemail
    attachment contract
    geo_point location
    geo_multipoint stops
    geo_linestring route
    geo_multilinestring routes
    geo_polygon boundary
    geo_multipolygon territories
    file upload
  }
  stack {
  }
  response = $input
}
