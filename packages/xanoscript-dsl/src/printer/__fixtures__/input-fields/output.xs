function "Workers/reZEN - Import Transaction" {
  description = "Imports one reZEN transaction with its participants."
  input {
    int user_id filters=min:1 {
      description = "Owner of the transaction"
    }
    decimal commission_rate?=0.03 filters=min:0|max:1
    text transaction_id_raw filters=trim|max:64
    text stage?
    text? notes
    text? sync_source?="rezen"
    text zip_code? filters=pattern:"^\d{5}$"
    email agent_email filters=trim|lower
    password portal_password filters=min:12|minDigit:1 {
      sensitive = true
    }
    uuid import_id?
    bool dry_run?=true
    timestamp received_at?=now
    date? closing_date?
    json raw_payload {
      description = "The transaction exactly as reZEN sent it"
      sensitive = true
    }
    image? listing_photo?
    file contract_pdf?
    geo_point property_location?
    int[] tag_ids
    text[1:10] labels?
    int[:50] agent_ids
    enum lifecycle_state?="open" {
      values = ["open", "pending", "closed", "terminated"]
      description = "Lifecycle group"
    }
    object address {
      description = "Property address"
      schema {
        text street
        text city
        text state filters=upper|max:2
        text unit?
      }
    }
    object[] participants {
      schema {
        int agent_id
        enum role {
          values = ["buyer", "seller"]
        }
        decimal split?=1
      }
    }
  }
  stack {
    var $city {
      value = $input.address|get:"city":""
    }
  }
  response = {user_id: $input.user_id, city: $city, dry_run: $input.dry_run}
}
