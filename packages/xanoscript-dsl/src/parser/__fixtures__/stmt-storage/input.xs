function "Workers/Export Roster CSV" {
  input {
    int team_id
  }
  stack {
    db.query "team_members" {
      where = $db.team_members.team_id == $input.team_id
    } as $members
    var $csv {
      value = $members|csv_create
    }
    storage.create_file_resource {
      filename = "roster-" ~ $input.team_id ~ ".csv"
      filedata = $csv
    } as $file
    storage.create_attachment {
      value = $file
      filename = "roster-" ~ $input.team_id ~ ".csv"
      access = "private"
    } as $attachment
    storage.sign_private_url {
      pathname = $attachment.path
      ttl = 3600
    } as $url
    storage.read_file_resource {
      value = $file
    } as $read_back
    storage.delete_file {
      pathname = $attachment.path
    }
  }
  response = {url: $url, bytes: $read_back|get:"data":""|strlen}
}
