function "Workers/Save Agent Avatar" {
  input {
    int user_id
    file photo
  }
  stack {
    storage.create_image {
      value = $input.photo
      filename = "avatar-" ~ $input.user_id ~ ".jpg"
      access = "public"
    } as $image
    db.patch "user" {
      field_name = "id"
      field_value = $input.user_id
      data = {avatar: $image}
    }
  }
  response = $image
}
