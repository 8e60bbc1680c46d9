// Closes a ticket and writes its audit note in one transaction; admins only.
query "tickets/close" verb=POST {
  api_group = "support"
  input {
    int ticket_id
    text note?
  }

  stack {
    precondition ($auth.extras.is_admin == true) {
      error_type = "accessdenied"
      error = "Admins only"
    }

    db.transaction {
      stack {
        db.edit "ticket" {
          field_name = "id"
          field_value = $input.ticket_id
          data = {closed: true, closed_by: $auth.id}
        } as $closed

        db.add "ticket" {
          data = {title: "Closed: " ~ $closed.title, body: $input.note, closed: true}
        } as $audit
      }
    }

    db.query "ticket" {
      where = $db.ticket.closed == false
      return = {type: "list"}
    } as $open

    var $next_title { value = ($open|first).title }
    var $pages { value = (1..3) }
    var $ref { value = ""|create_uid }
    var $code { value = ($input.note|first_notnull:"")|ltrim:"0"|rtrim }
    var $link { value = "https://help.example.com/t"|url_addarg:"id":$input.ticket_id }
    var $stamp { value = "now"|to_seconds }
    var $order { value = [1, 2, 3]|shuffle }
    var $head { value = [1, 2, 3]|shift }
    var $mask { value = 5|bitwise_not }
    var $dump { value = $open|yaml_encode }
  }

  response = {
    closed: $closed.id
    audit : $audit.id
    !debug: $open
    next  : $next_title
    pages : $pages
    ref   : $ref
    code  : $code
    link  : $link
    stamp : $stamp
    order : $order
    head  : $head
    mask  : $mask
    dump  : $dump
    total : $ticket_count
  }
}
