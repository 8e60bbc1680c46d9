function "Tasks/SkySlope - Process Staged Listings" {
  input {
    int user_id
  }
  stack {
    db.query "stage_listing_skyslope" {
      where = ($db.stage_listing_skyslope.user_id == $input.user_id) && ($db.stage_listing_skyslope.is_processed == false)
    } as $staged
    foreach ($staged) {
      each as $row {
        db.add_or_edit "listing" {
          field_name = "listing_id_raw"
          field_value = $row.listing_guid
          data = {
            listing_id_raw: $row.listing_guid,
            status: $row.status,
            list_price: $row.list_price,
            data_source: "skyslope",
            user_id: $input.user_id
          }
        }
        db.edit "stage_listing_skyslope" {
          field_name = "id"
          field_value = $row.id
          data = {is_processed: true}
        }
      }
    }
  }
  response = {processed: $staged|count}
}
