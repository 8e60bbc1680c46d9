query "table-counts" verb=GET {
  api_group = "MCP: System"
  description = "Row counts grouped as core, network, staging and FUB tables"
  input {
  }
  stack {
    db.query "user" {
      return = {type: "count"}
    } as $user
    db.query "transaction" {
      return = {type: "count"}
    } as $transaction
    db.query "network_member" {
      return = {type: "count"}
    } as $network_member
    db.query "stage_csv_import" {
      return = {type: "count"}
    } as $stage_csv_import
    db.query "fub_people" {
      return = {type: "count"}
    } as $fub_people
  }
  response = {
    core_tables: {user: $user, transaction: $transaction},
    network_tables: {network_member: $network_member},
    staging_tables: {stage_csv_import: $stage_csv_import},
    fub_tables: {fub_people: $fub_people}
  }
}
