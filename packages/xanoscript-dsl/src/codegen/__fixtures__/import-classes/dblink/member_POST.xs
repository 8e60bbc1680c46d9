query "member" verb=POST {
  api_group = "members"
  input {
    dblink {
      table = "member"
      override = {secret: {hidden: true}, id: {hidden: true}}
    }
  }
  stack {
    var $nick {
      value = $input.nickname
    }

    db.add member {
      data = {name: $input.name, email: $input.email, team_id: $input.team_id}
    } as $member
  }
  response = $member
}
