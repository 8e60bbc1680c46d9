query "listings/nearby" verb=GET {
  api_group = "Frontend API v2"
  input {
    decimal lat
    decimal lng
    decimal listing_lat
    decimal listing_lng
  }
  stack {
    util.geo_distance {
      latitude_1 = $input.lat
      longitude_1 = $input.lng
      latitude_2 = $input.listing_lat
      longitude_2 = $input.listing_lng
    } as $meters
    util.set_header {
      value = "Cache-Control: max-age=60"
      duplicates = "replace"
    }
  }
  response = {meters: $meters, miles: ($meters / 1609.34)|round:1}
}
