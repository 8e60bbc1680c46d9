query "member/{member_id}" verb=PATCH {
  api_group = "members"
  input {
    int member_id
    dblink {
      table = "member"
    }
  }
  stack {
    var $raw_input {
      value = $input
    }

    db.patch member {
      field_name = "id"
      field_value = $input.member_id
      data = {name: $input.name}
    } as $member
  }
  response = $member
}
