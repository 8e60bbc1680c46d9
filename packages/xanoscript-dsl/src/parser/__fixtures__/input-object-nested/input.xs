query "admin/import-transaction" verb=POST {
  api_group = "MCP: Seeding"
  input {
    object transaction {
      schema {
        text transaction_id_raw
        decimal sale_price
        date? closing_date?
        object address {
          schema {
            text street
            text city
            text state_code filters=upper
            text zip
          }
        }
        object[] participants? {
          schema {
            text role
            decimal commission_split?=0
            bool is_real_agent?=true
          }
        }
      }
    }
  }
  stack {
    db.add "transaction" {
      data = {
        transaction_id_raw: $input.transaction.transaction_id_raw,
        sale_price: $input.transaction.sale_price,
        closing_date: $input.transaction.closing_date,
        sync_source: "manual"
      }
    } as $row
  }
  response = $row
}
