// Builds a contact payload; the nickname filter is switched off while the field is reviewed.
function "contacts/payload" {
  input {
    text name
    text email
    text nickname?
    int[] tags?
  }

  stack {
    var $contact {
      value = {}|set:"name":$input.name|!set:"nickname":$input.nickname|set:"email":$input.email
    }

    var $list {
      value = []|push:({}|!set:"name":$input.name|set:"email":$input.email)
    }

    conditional {
      if (`$input.tags|count == 0`) {
        var.update $contact {
          value = $contact|set:"tagged":false
        }
      }
    }

    var $short {
      value = $input.name|strlen < 3
    }

    !group {
      description = "old tagging, kept for reference"
      stack {
        var.update $contact {
          value = $contact|set:"legacy":true
        }
      }
    }

    var $by_code {
      value = {"69": $input.name, "1": $input.email, x: 0}
    }

    var $label {
      value = $input.name|!trim|to_upper
    }
  }

  response = {contact: $contact, list: $list, short: $short, label: $label}
}
