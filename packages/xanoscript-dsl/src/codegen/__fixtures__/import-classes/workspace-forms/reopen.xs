// Reopens a ticket, or files a new one when it is gone; a variable set again inside blocks.
function "reopen" {
  input {
    int ticket_id
  }

  stack {
    db.get "ticket" {
      field_name = "id"
      field_value = $input.ticket_id
    } as $ticket

    conditional {
      if ($ticket == null) {
        db.add "ticket" {
          data = {title: "Reopened"}
        } as $ticket
      }
    }

    conditional {
      if ($input.ticket_id > 0) {
        var $found { value = null }
        db.add "ticket" {
          data = {title: "Follow-up"}
        } as $found

        var $follow_up { value = $found.id }
        var $found { value = null }
        var $gone { value = $found.id }
      }
    }

    try_catch {
      try {
        var $status { value = "reopened" }
      }

      catch {
        var $status { value = "failed" }
      }
    }
  }

  response = {ticket: $ticket.id, follow_up: $follow_up, gone: $gone, status: $status}
}
